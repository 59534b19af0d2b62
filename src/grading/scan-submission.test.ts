// The assertions below read the English texts.
process.env.NETLAB_LANG = "en";

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Exercise } from "../course/catalogue";
import { scanSubmission } from "./scan-submission";

const exercise = (id: string, file: string): Exercise => ({
  id,
  chapter: "ch3",
  kind: "build",
  file,
  test: `test/${file}`,
  title: { en: id, zh: id },
  points: 2,
  docs: "x.md#y",
  commands: ["docker run"],
  hints: [{ en: "h", zh: "h" }],
});

const course = ["a", "b", "c", "d", "e", "f"].map((n) => exercise(`ch3-${n}`, `ch3/${n}.ts`));

describe("scanSubmission: what of a submission may run, before anything runs", () => {
  let dir: string;
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-scan-"));
    write("exercises/ch3/a.ts", `import { Lab } from "netlab";\nimport { help } from "../lib/help";\nexport const a = help;`);
    write("exercises/ch3/b.ts", `import { Lab } from "netlab";\nimport { linkContainers } from "../../solutions/ch3/link";`);
    write("exercises/ch3/c.ts", `export const c = ;`);
    // d is missing
    write("exercises/ch3/e.ts", `import { bad } from "../lib/bad";\nexport const e = bad;`);
    fs.symlinkSync("/etc/hostname", path.join(dir, "exercises/ch3/f.ts"));
    write("exercises/lib/help.ts", `export const help = 1;`);
    write("exercises/lib/bad.ts", `import cp from "child_process";\nexport const bad = cp;`);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("each broken exercise is blocked with what happened and where; clean ones are not", () => {
    const scan = scanSubmission(dir, course, course);
    expect(scan.blocked.has("ch3-a")).toBe(false);
    expect(scan.blocked.get("ch3-b")).toMatch(/exercises\/ch3\/b.ts:2 imports "..\/..\/solutions\/ch3\/link", so ch3-b scores 0/);
    expect(scan.blocked.get("ch3-c")).toMatch(/exercises\/ch3\/c.ts:1:\d+: syntax error/);
    expect(scan.blocked.get("ch3-d")).toMatch(/exercises\/ch3\/d.ts is missing/);
    expect(scan.blocked.get("ch3-e")).toMatch(/exercises\/ch3\/e.ts uses exercises\/lib\/bad.ts[\s\S]*imports "child_process"/);
    expect(scan.blocked.get("ch3-f")).toMatch(/symbolic link/);
  });

  test("only clean files are copied; files outside the course are noted, not graded", () => {
    const scan = scanSubmission(dir, course, course);
    expect(scan.copy.sort()).toEqual(["ch3/a.ts", "ch3/e.ts", "lib/help.ts"]);
    expect(scan.notes).toEqual([expect.stringContaining("exercises/lib/bad.ts is not an exercise"), expect.stringContaining("exercises/lib/help.ts is not an exercise")]);
  });

  test("a submission without exercises/ blocks every exercise with one clear reason", () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-scan-"));
    const scan = scanSubmission(empty, course.slice(0, 2), course);
    fs.rmSync(empty, { recursive: true });
    expect(scan.exercisesDir).toBeUndefined();
    expect([...scan.blocked.values()]).toEqual([expect.stringMatching(/No exercises\/ folder/), expect.stringMatching(/No exercises\/ folder/)]);
  });

  test("an exercises/ that is a symbolic link is not followed", () => {
    const linked = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-scan-"));
    fs.symlinkSync(path.join(dir, "exercises"), path.join(linked, "exercises"));
    const scan = scanSubmission(linked, course.slice(0, 1), course);
    fs.rmSync(linked, { recursive: true });
    expect(scan.exercisesDir).toBeUndefined();
  });
});
