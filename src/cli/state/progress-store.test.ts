import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ExitError } from "../command";
import { clearExercise, isDone, isSettled, loadProgress, progressPath, recordCheck, updateProgress } from "./progress-store";

describe("the progress file .netlab/progress.json", () => {
  let root: string;
  beforeEach(() => (root = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-progress-"))));
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  test("a check with every test passing marks done, one with a failure pending; reset forgets", () => {
    expect(loadProgress(root)).toEqual({ version: 1, exercises: {} });
    recordCheck(root, "ch3-link", { at: "2026-01-01T00:00:00Z", passed: 4, total: 4, failures: [] });
    expect(isDone(loadProgress(root), "ch3-link")).toBe(true);
    updateProgress(root, (p) => {
      p.exercises["ch3-link"] = { ...p.exercises["ch3-link"], status: "done", hints: 2 };
    });
    recordCheck(root, "ch3-link", { at: "2026-01-01T00:01:00Z", passed: 3, total: 4, failures: [{ test: "x", message: "y" }] });
    const after = loadProgress(root).exercises["ch3-link"];
    expect(after).toMatchObject({ status: "pending", hints: 2, lastCheck: { passed: 3 } });
    clearExercise(root, "ch3-link");
    expect(loadProgress(root).exercises).toEqual({});
  });

  test("a file it cannot read is a clear error that says how to start over", () => {
    fs.mkdirSync(path.dirname(progressPath(root)), { recursive: true });
    fs.writeFileSync(progressPath(root), "{ not json");
    expect(() => loadProgress(root)).toThrow(ExitError);
    expect(() => loadProgress(root)).toThrow(/rm \.netlab\/progress\.json/);
  });
});

describe("an exercise this engine cannot show", () => {
  test("every check n/a: recorded as n/a, neither done nor left to do", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-progress-"));
    const progress = recordCheck(root, "ch3-link", { at: "now", passed: 0, total: 0, cases: 4, failures: [] });
    expect(progress.exercises["ch3-link"]?.status).toBe("n/a");
    expect([isDone(progress, "ch3-link"), isSettled(progress, "ch3-link")]).toEqual([false, true]);
    fs.rmSync(root, { recursive: true, force: true });
  });

  test("a file that ran nothing because it broke is still to do", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-progress-"));
    const progress = recordCheck(root, "ch3-link", { at: "now", passed: 0, total: 1, cases: 0, failures: [{ test: "", message: "SyntaxError" }] });
    expect(progress.exercises["ch3-link"]?.status).toBe("pending");
    fs.rmSync(root, { recursive: true, force: true });
  });
});
