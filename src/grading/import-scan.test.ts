import { judgeImport, scanSource, type ImportRef } from "./import-scan";

const files = new Set(["ch3/link.ts", "ch3/helpers/util.ts", "shared/index.ts"]);
const judge = (specifier: string | undefined, from = "ch3/link.ts") => judgeImport({ specifier, line: 1 }, from, files);

describe("the import scan: what an exercise file loads, read without running it", () => {
  test("finds every way of loading a module, with its line", () => {
    const source = [
      `import { Lab } from "netlab";`,
      `import * as s from "../../solutions/ch3/link";`,
      `export { x } from "./helpers/util";`,
      `const fs = require("fs");`,
      `const later = import("child_process");`,
      `import cp = require("node:child_process");`,
      `const m = module.require("os"); const j = jest.requireActual("x");`,
      `const name = "f" + "s"; require(name);`,
    ].join("\n");
    const { imports, syntax } = scanSource(source, "ch3/link.ts");
    expect(syntax).toEqual([]);
    expect(imports.map((i) => [i.specifier, i.line])).toEqual([
      ["netlab", 1],
      ["../../solutions/ch3/link", 2],
      ["./helpers/util", 3],
      ["fs", 4],
      ["child_process", 5],
      ["node:child_process", 6],
      ["os", 7],
      ["x", 7],
      [undefined, 8],
    ]);
  });

  test("ways to load code around the imports are found too", () => {
    const source = [
      `const fs = process.binding("fs");`,
      `const cp = module.constructor._load("child_process");`,
      `eval("1"); new Function("return 1");`,
      `const r = require; const m = process["mainModule"];`,
      `const ok = lab.run("c1"); const fine = [1].map(String);`,
    ].join("\n");
    const { imports } = scanSource(source, "a.ts");
    expect(imports.map((i) => [i.hatch, i.line])).toEqual([
      [".binding", 1],
      ["._load", 2],
      ["eval", 3],
      ["Function", 3],
      ["require", 4],
      ['["mainModule"]', 4],
    ]);
    expect(judgeImport(imports[0] as ImportRef, "a.ts", files)).toEqual({ ok: false, why: "hatch" });
  });

  test("type-only imports load nothing and are not counted", () => {
    const { imports } = scanSource(`import type { Lab } from "../../src/lab/lab";\nexport type { X } from "../../src/x";`, "a.ts");
    expect(imports).toEqual([]);
  });

  test("a syntax error is reported with line and column", () => {
    const { syntax } = scanSource(`export async function f() {\n  await lab.run("c1" ;\n}`, "ch3/link.ts");
    expect(syntax[0]).toMatchObject({ line: 2, column: expect.any(Number), message: expect.stringContaining("expected") });
  });

  test('"netlab" and files of the submission\'s own exercises/ are allowed', () => {
    expect(judge("netlab")).toEqual({ ok: true });
    expect(judge("./helpers/util")).toEqual({ ok: true, target: "ch3/helpers/util.ts" });
    expect(judge("./helpers/util.js")).toEqual({ ok: true, target: "ch3/helpers/util.ts" });
    expect(judge("../shared")).toEqual({ ok: true, target: "shared/index.ts" });
    expect(judge("./not-there")).toEqual({ ok: true, target: undefined });
  });

  test("anything else is refused: paths out of exercises/, packages, built-ins, computed names", () => {
    expect(judge("../../solutions/ch3/link")).toEqual({ ok: false, why: "outside" });
    expect(judge("../../src/lab/lab")).toEqual({ ok: false, why: "outside" });
    expect(judge("..", "x.ts")).toEqual({ ok: false, why: "outside" });
    expect(judge("testcontainers")).toEqual({ ok: false, why: "module" });
    expect(judge("netlab/src/lab")).toEqual({ ok: false, why: "module" });
    expect(judge("/work/main/solutions/ch3/link")).toEqual({ ok: false, why: "module" });
    expect(judge("fs")).toEqual({ ok: false, why: "module" });
    expect(judge(undefined)).toEqual({ ok: false, why: "computed" });
  });
});
