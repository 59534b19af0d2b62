import path from "node:path";
import { loadCatalogue } from "../course/catalogue";
import type { FileResult } from "../jest-run/events";
import { judge, listMutants, mutantShapeProblems, rounds } from "./mutants";

const root = path.resolve(__dirname, "..", "..");
const course = loadCatalogue();

describe("the mutation suite's wrong solutions", () => {
  test("at least 48, at least three per exercise, each a complete exercise file that says which claim it breaks", () => {
    const { mutants, problems } = listMutants(root, course);
    expect(problems).toEqual([]);
    expect(mutants.length).toBeGreaterThanOrEqual(48);
    for (const e of course.exercises) expect(mutants.filter((m) => m.exercise.id === e.id).length).toBeGreaterThanOrEqual(3);
  });

  test("a mutant with other exports, a foreign import or no claim is told", () => {
    const solution = 'import { Lab } from "netlab";\nexport async function f(lab: Lab) {}\n';
    expect(mutantShapeProblems("m.ts", 'import fs from "node:fs";\nexport async function g() {}\n', solution)).toEqual([
      "m.ts: exports g, its solution f",
      'm.ts: imports "node:fs" (a mutant imports "netlab" only)',
      'm.ts: no "// Breaks the claim: ..." comment',
    ]);
  });

  test("one mutant per exercise per round", () => {
    const { mutants } = listMutants(root, course);
    for (const round of rounds(mutants)) expect(new Set(round.map((m) => m.exercise.id)).size).toBe(round.length);
    expect(rounds(mutants).flat()).toHaveLength(mutants.length);
  });
});

describe("a verdict", () => {
  const exercise = course.exercises[0]!;
  const mutant = { exercise, name: "m", file: "test/mutants/x/m.ts" };
  const file = path.join(root, exercise.test);
  const report = (tests: Array<{ status: string; failureMessages?: string[] }>): Map<string, FileResult> =>
    new Map([[file, { file, tests: tests.map((x, i) => ({ ancestorTitles: [], title: `t${i}`, status: x.status, failures: (x.failureMessages ?? []).map((text) => ({ text, frames: [] })), durationMs: 0 })) }]]);
  const teaching = "check\n\nExpected: a\nReceived: b\nWhy:      c\nTry:      d";

  test("killed only by a test that ran and failed; skipped tests kill nothing", () => {
    expect(judge(mutant, report([{ status: "passed" }, { status: "pending" }]), root).verdict).toBe("survived");
    expect(judge(mutant, report([{ status: "passed" }, { status: "failed", failureMessages: [teaching] }]), root)).toMatchObject({ verdict: "killed", killedBy: ["t1"] });
  });

  test("weak when any failure it caused is bare; broken when its test did not run", () => {
    expect(judge(mutant, report([{ status: "failed", failureMessages: [teaching] }, { status: "failed", failureMessages: ["expect(received).toBe(expected)"] }]), root)).toMatchObject({ verdict: "weak", bare: [{ test: "t1" }] });
    expect(judge(mutant, undefined, root).verdict).toBe("broken");
    expect(judge(mutant, new Map([[file, { file, tests: [], execError: "SyntaxError" }]]), root).verdict).toBe("broken");
  });
});
