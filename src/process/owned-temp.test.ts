import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ownedTempDir, ownedTempPath, sweepDeadOwners } from "./owned-temp";

describe("temporary files named after their owner", () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-owned-test-"))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const folder = (name: string, kept = false) => {
    fs.mkdirSync(path.join(dir, name, "0-alice", "exercises"), { recursive: true });
    if (kept) fs.writeFileSync(path.join(dir, name, ".netlab-keep"), "");
  };

  test("carry this process's pid", () => {
    expect(path.basename(ownedTempDir("netlab-grade-", { dir }))).toMatch(new RegExp(`^netlab-grade-${process.pid}-`));
    expect(path.basename(ownedTempPath("netlab-jest-", "3.jsonl", dir))).toBe(`netlab-jest-${process.pid}-3.jsonl`);
  });

  test("of a dead owner are removed; a living owner's, a kept folder, this process's own, an unnamed one and another kind are not", () => {
    for (const name of ["netlab-grade-111-aaaaaa", "netlab-grade-222-bbbbbb", "netlab-grade-333-cccccc", "netlab-grade-dddddd", "netlab-jest-111-1.jsonl"]) {
      if (name.endsWith(".jsonl")) fs.writeFileSync(path.join(dir, name), "");
      else folder(name, name.includes("333"));
    }
    const own = ownedTempDir("netlab-grade-", { dir });
    expect(sweepDeadOwners("netlab-grade-", dir, (pid) => pid === 222).map((f) => path.basename(f))).toEqual(["netlab-grade-111-aaaaaa"]);
    expect(fs.readdirSync(dir).sort()).toEqual(["netlab-grade-222-bbbbbb", "netlab-grade-333-cccccc", "netlab-grade-dddddd", path.basename(own), "netlab-jest-111-1.jsonl"].sort());
    expect(sweepDeadOwners("netlab-jest-", dir, () => false).map((f) => path.basename(f))).toEqual(["netlab-jest-111-1.jsonl"]);
  });

  test("a folder made to be kept carries the mark that spares it once its owner is gone", () => {
    const gone = path.join(dir, "netlab-grade-555-kept00");
    fs.renameSync(ownedTempDir("netlab-grade-", { dir, keep: true }), gone);
    expect(sweepDeadOwners("netlab-grade-", dir, () => false)).toEqual([]);
    expect(fs.existsSync(gone)).toBe(true);
  });
});
