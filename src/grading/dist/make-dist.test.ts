import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Course } from "../../course/catalogue";
import { DistError, makeDist } from "./make-dist";

const exercise = {
  id: "ch1-demo",
  chapter: "ch1",
  kind: "build" as const,
  file: "ch1/demo.ts",
  test: "test/ch1/demo.test.ts",
  title: { en: "Demo", zh: "示例" },
  points: 3,
  docs: "ch1.md#demo",
  commands: [],
  hints: [],
};
const course: Course = { formatVersion: 1, chapters: [], exercises: [exercise] };

const CHAPTER = `## Demo

- Exercise: [exercises/ch1/demo.ts](../../exercises/ch1/demo.ts)
- Test: [test/ch1/demo.test.ts](../../test/ch1/demo.test.ts)
- Solution: [solutions/ch1/demo.ts](../../solutions/ch1/demo.ts)
`;
const README = `# course

npm test

<!-- dist:drop -->
## Maintainers

npm run selftest
<!-- /dist:drop -->

| folder | what |
|---|---|
| \`solutions/\` | answers <!-- dist:drop-line --> |
`;

/** A course repository in miniature: one exercise, its solution, a chapter, a README. */
function fixture(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-make-dist-"));
  const all = {
    "exercises/ch1/demo.ts": "// stub\n",
    "solutions/ch1/demo.ts": "// answer\n",
    "test/ch1/demo.test.ts": "test('x', () => {});\n",
    "package.json": JSON.stringify({ scripts: { test: "jest", selftest: "tsx selftest.ts" } }),
    "docs/en/ch1.md": CHAPTER,
    "README.md": README,
    ...files,
  };
  for (const [rel, text] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

describe("makeDist: the learners' Markdown", () => {
  const made: string[] = [];
  afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  test("the copy loses solution links and marked parts; the course repository keeps them", () => {
    const root = fixture({});
    made.push(root);
    makeDist({ root, dir: path.join(root, "starter"), course });
    const chapter = fs.readFileSync(path.join(root, "starter", "docs/en/ch1.md"), "utf8");
    expect(chapter).toContain("- Test: [test/ch1/demo.test.ts]");
    expect(chapter).not.toContain("solutions/");
    expect(fs.readFileSync(path.join(root, "starter", "README.md"), "utf8")).toBe("# course\n\nnpm test\n\n| folder | what |\n|---|---|\n");
    expect(fs.readFileSync(path.join(root, "docs/en/ch1.md"), "utf8")).toBe(CHAPTER);
    expect(fs.readFileSync(path.join(root, "README.md"), "utf8")).toBe(README);
  });

  test("refuses as broken when a page still points learners at solutions/ or at the selftest", () => {
    const root = fixture({ "docs/en/extra.md": "Compare with `solutions/ch1/demo.ts`; then `npm run selftest`.\n" });
    made.push(root);
    const error = (() => {
      try {
        makeDist({ root, dir: path.join(os.tmpdir(), `${path.basename(root)}-starter`), course });
      } catch (err) {
        return err as DistError;
      }
      throw new Error("makeDist did not refuse");
    })();
    made.push(path.join(os.tmpdir(), `${path.basename(root)}-starter`));
    expect(error).toBeInstanceOf(DistError);
    expect(error.kind).toBe("broken");
    expect(error.message).toContain("docs/en/extra.md:1 names solutions/");
    expect(error.message).toContain("docs/en/extra.md:1 says `npm run selftest`");
  });
});

describe("makeDist: the learners' packages", () => {
  const made: string[] = [];
  afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const lock = (packages: Record<string, object>) => JSON.stringify({ lockfileVersion: 3, packages: { "": {}, ...packages } });

  test("no devDependencies, in package.json or in the lockfile", () => {
    const root = fixture({
      "package.json": JSON.stringify({ scripts: { test: "jest", lint: "eslint ." }, dependencies: { jest: "^30.0.0" }, devDependencies: { eslint: "^9.0.0" } }),
      "package-lock.json": lock({ "node_modules/jest": { version: "30.0.0" }, "node_modules/eslint": { version: "9.0.0", dev: true } }),
    });
    made.push(root);
    makeDist({ root, dir: path.join(root, "starter"), course });
    const read = (name: string) => JSON.parse(fs.readFileSync(path.join(root, "starter", name), "utf8")) as Record<string, Record<string, unknown>>;
    expect(read("package.json")).toEqual({ scripts: { test: "jest" }, dependencies: { jest: "^30.0.0" } });
    expect(Object.keys(read("package-lock.json").packages ?? {})).toEqual(["", "node_modules/jest"]);
  });

  test("the command's own package (bin/, linked into node_modules/.bin) and .npmrc ship; the course's CI does not", () => {
    const root = fixture({
      "package.json": JSON.stringify({ scripts: { test: "jest" }, dependencies: { "netlab-cli": "file:bin" } }),
      "package-lock.json": lock({ bin: { name: "netlab-cli", bin: { netlab: "netlab.js" } }, "node_modules/netlab-cli": { resolved: "bin", link: true } }),
      "bin/package.json": JSON.stringify({ name: "netlab-cli", bin: { netlab: "netlab.js" } }),
      "bin/netlab.js": "// the command\n",
      ".npmrc": "yes=false\n",
      ".ci/run": "#!/bin/sh\n",
    });
    made.push(root);
    makeDist({ root, dir: path.join(root, "starter"), course });
    const shipped = (rel: string) => fs.existsSync(path.join(root, "starter", rel));
    expect(["bin/package.json", "bin/netlab.js", ".npmrc", ".ci/run"].map(shipped)).toEqual([true, true, true, false]);
    const packages = (JSON.parse(fs.readFileSync(path.join(root, "starter", "package-lock.json"), "utf8")) as { packages: object }).packages;
    expect(Object.keys(packages)).toEqual(["", "bin", "node_modules/netlab-cli"]);
  });

  test("refuses as broken when shipped code loads a package that only the maintainers install", () => {
    const root = fixture({
      "src/lint-check.ts": 'import { ESLint } from "eslint";\nimport fs from "node:fs";\nimport { Lab } from "netlab";\nexport { ESLint, fs, Lab };\n',
      "package.json": JSON.stringify({ scripts: { test: "jest" }, dependencies: { jest: "^30.0.0" }, devDependencies: { eslint: "^9.0.0" } }),
      "package-lock.json": lock({ "node_modules/jest": { version: "30.0.0" }, "node_modules/eslint": { version: "9.0.0", dev: true } }),
    });
    const dir = path.join(os.tmpdir(), `${path.basename(root)}-starter`);
    made.push(root, dir);
    expect(() => makeDist({ root, dir, course })).toThrow('src/lint-check.ts:1 loads "eslint", but package-lock.json does not install eslint');
  });
});
