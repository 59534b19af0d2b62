import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { listTs } from "./list-ts";

describe("listTs", () => {
  test("lists the .ts files at any depth, sorted, relative with /, and no folder that happens to end in .ts", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-list-ts-"));
    try {
      for (const file of ["b.ts", "a/z.ts", "a/deep/y.ts", "a/notes.md", "folder.ts/inside.ts"]) {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        fs.writeFileSync(path.join(dir, file), "");
      }
      expect(listTs(dir)).toEqual(["a/deep/y.ts", "a/z.ts", "b.ts", "folder.ts/inside.ts"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a missing folder has none", () => {
    expect(listTs(path.join(os.tmpdir(), "netlab-no-such-folder"))).toEqual([]);
  });
});
