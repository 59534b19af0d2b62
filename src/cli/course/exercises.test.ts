import { loadCatalogue } from "../../course/catalogue";
import { ExitError } from "../command";
import type { Progress } from "../state/progress-store";
import { currentExercise, resolveExercise } from "./exercises";

const course = loadCatalogue();
const none: Progress = { version: 1, exercises: {} };

describe("naming an exercise on the command line", () => {
  test("by its id, or by the end of it when that is unique", () => {
    expect(resolveExercise(course, "ch3-link", none, "run").id).toBe("ch3-link");
    expect(resolveExercise(course, "user-network", none, "run").id).toBe("ch3-user-network");
  });

  test("an ambiguous or unknown name is a usage error that lists the candidates", () => {
    const fail = (arg: string) => {
      try {
        resolveExercise(course, arg, none, "run");
      } catch (err) {
        return err as ExitError;
      }
      throw new Error("expected an ExitError");
    };
    expect(fail("link")).toMatchObject({ code: 2 });
    expect(fail("link").message).toContain("ch3-link, ch3-predict-link");
    expect(fail("nope").message).toContain("npx netlab list");
  });

  test("no name: the first exercise in course order that is not done", () => {
    const first = course.exercises[0]?.id ?? "";
    const second = course.exercises[1]?.id ?? "";
    expect(resolveExercise(course, undefined, none, "run").id).toBe(first);
    expect(currentExercise(course, { version: 1, exercises: { [first]: { status: "done" } } })?.id).toBe(second);
    const all: Progress = { version: 1, exercises: Object.fromEntries(course.exercises.map((e) => [e.id, { status: "done" as const }])) };
    expect(currentExercise(course, all)).toBeUndefined();
    expect(() => resolveExercise(course, undefined, all, "run")).toThrow(ExitError);
  });
});
