import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { makeGradeScratch, sweepDeadGraderScratch } from "./grade-scratch";

describe("a grader's scratch folder", () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-scratch-test-"))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const make = (name: string, kept = false) => {
    fs.mkdirSync(path.join(dir, name, "0-alice", "exercises"), { recursive: true });
    if (kept) fs.writeFileSync(path.join(dir, name, ".netlab-keep"), "");
  };

  test("is named after the grader's process", () => {
    expect(path.basename(makeGradeScratch(false, dir))).toMatch(new RegExp(`^netlab-grade-${process.pid}-`));
  });

  test("of a dead grader is removed; a living grader's, a kept one, this grader's own and an unnamed one are not", () => {
    for (const name of ["netlab-grade-111-aaaaaa", "netlab-grade-222-bbbbbb", "netlab-grade-333-cccccc", "netlab-grade-dddddd", "other-444-eeeeee"]) make(name, name.includes("333"));
    const own = makeGradeScratch(false, dir);
    const removed = sweepDeadGraderScratch(dir, (pid) => pid === 222);
    expect(removed.map((f) => path.basename(f))).toEqual(["netlab-grade-111-aaaaaa"]);
    expect(fs.readdirSync(dir).sort()).toEqual(["netlab-grade-222-bbbbbb", "netlab-grade-333-cccccc", "netlab-grade-dddddd", path.basename(own), "other-444-eeeeee"].sort());
  });

  test("asked to be kept carries the mark that spares it once its grader is gone", () => {
    const kept = makeGradeScratch(true, dir);
    const gone = path.join(dir, "netlab-grade-555-kept00");
    fs.renameSync(kept, gone);
    expect(sweepDeadGraderScratch(dir, () => false)).toEqual([]);
    expect(fs.existsSync(gone)).toBe(true);
  });
});
