import path from "node:path";
import { checkCourse } from "./check-course";
import { loadCatalogue } from "../course/catalogue";

describe("course check", () => {
  const root = path.resolve(__dirname, "..", "..");

  test("the course holds together: exercises mirror solutions, every exercise has its test", () => {
    expect(checkCourse(root)).toEqual([]);
  });

  test("a catalogue entry without files is reported", () => {
    const course = loadCatalogue();
    const ghost = { ...course.exercises[0]!, id: "ch9-ghost", file: "ch9/ghost.ts", test: "test/ch9/ghost.test.ts" };
    const problems = checkCourse(root, { ...course, exercises: [...course.exercises, ghost] });
    expect(problems).toEqual(expect.arrayContaining(["ch9-ghost: exercises/ch9/ghost.ts is missing", "ch9-ghost: its test test/ch9/ghost.test.ts is missing"]));
  });
});
