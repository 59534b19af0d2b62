import path from "node:path";
import { loadCatalogue, type Course } from "../course/catalogue";
import { checkClaims, checkDocs, checkExerciseSections, checkLanguagesMirror, checkLinks, readDocsTree, type DocsTree } from "./check-docs";

const ROOT = path.resolve(__dirname, "..", "..");

/** An in-memory project: docs pages plus any other files, by path from the root. */
function tree(files: Record<string, string>): DocsTree {
  const all = new Map(Object.entries(files));
  const folders = new Set([...all.keys()].flatMap((f) => f.split("/").slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join("/"))));
  return {
    pages: new Map([...all].filter(([f]) => f.startsWith("docs/") && f.endsWith(".md"))),
    exists: (f) => all.has(f) || folders.has(f),
    read: (f) => all.get(f),
  };
}

const COURSE: Course = {
  formatVersion: 1,
  chapters: [{ id: "ch9", number: 9, title: { en: "Demo", zh: "示例" }, docs: "ch9-demo.md" }],
  exercises: [
    {
      id: "ch9-ping",
      chapter: "ch9",
      kind: "build",
      file: "ch9/ping.ts",
      test: "test/ch9/ping.test.ts",
      title: { en: "Ping", zh: "Ping" },
      points: 1,
      docs: "ch9-demo.md#pinging-by-name",
      commands: ["docker exec c2 ping c1"],
      hints: [{ en: "ping", zh: "ping" }],
    },
  ],
};

const TEST_SOURCE = `describe("ch9-ping", () => {\n  test("c2 reaches c1 by name", async () => {});\n  it('c1 cannot resolve c2: the link is one-way', () => {});\n});\n`;

const EXERCISE_LINKS = [
  "- Exercise: [exercises/ch9/ping.ts](../../exercises/ch9/ping.ts)",
  "- Test: [test/ch9/ping.test.ts](../../test/ch9/ping.test.ts)",
  "- Solution: [solutions/ch9/ping.ts](../../solutions/ch9/ping.ts)",
].join("\n");

const EN_PAGE = `# Demo

[中文](../zh/ch9-demo.md) · [index](README.md)

## Pinging by name

c2 reaches c1 [✓ test](../../test/ch9/ping.test.ts "c2 reaches c1 by name"), but not the other way
[✓ test](../../test/ch9/ping.test.ts "c1 cannot resolve c2: the link is one-way"). See [below](#the-end).

${EXERCISE_LINKS}

\`[not a link](nowhere.md)\` and a fence:

\`\`\`sh
[also not a link](nowhere.md)
\`\`\`

## The end
`;

const ZH_PAGE = `# 示例

[English](../en/ch9-demo.md)

<a id="pinging-by-name"></a>

## 按名字 ping

c2 能访问 c1 [✓ 测试](../../test/ch9/ping.test.ts "c2 reaches c1 by name")。见[下文](#the-end)。

${EXERCISE_LINKS}

<a id="the-end"></a>

## 结束
`;

const GOOD: Record<string, string> = {
  "docs/en/README.md": "# Index\n\n[Demo](ch9-demo.md#pinging-by-name)\n",
  "docs/zh/README.md": "# 目录\n\n[示例](ch9-demo.md#pinging-by-name)\n",
  "docs/en/ch9-demo.md": EN_PAGE,
  "docs/zh/ch9-demo.md": ZH_PAGE,
  "exercises/ch9/ping.ts": "",
  "solutions/ch9/ping.ts": "",
  "test/ch9/ping.test.ts": TEST_SOURCE,
};

/** The fixture with one file's text changed by `edit`. */
function broken(file: string, edit: (text: string) => string): DocsTree {
  return tree({ ...GOOD, [file]: edit(GOOD[file] ?? "") });
}

describe("docs check on the real docs", () => {
  test("docs/ passes: every exercise has its section in both languages, every link, anchor and claim resolves", () => {
    expect(checkDocs(readDocsTree(ROOT), loadCatalogue())).toEqual([]);
  });

  test("every chapter page has claim links", () => {
    const real = readDocsTree(ROOT);
    for (const chapter of loadCatalogue().chapters) {
      for (const lang of ["en", "zh"]) expect(real.pages.get(`docs/${lang}/${chapter.docs}`)).toMatch(/\[✓ (test|测试)\]\(/);
    }
  });
});

describe("docs check on fixtures", () => {
  test("a consistent fixture passes", () => {
    expect(checkDocs(tree(GOOD), COURSE)).toEqual([]);
  });

  test("fails on a link to a file that does not exist", () => {
    const problems = checkLinks(broken("docs/en/ch9-demo.md", (t) => t.replace("(README.md)", "(READ-ME.md)")));
    expect(problems).toEqual([expect.stringMatching(/^docs\/en\/ch9-demo\.md:3: READ-ME\.md -> docs\/en\/READ-ME\.md does not exist/)]);
  });

  test("fails on an anchor that no heading or <a id> makes, on the page or on another page", () => {
    expect(checkLinks(broken("docs/en/ch9-demo.md", (t) => t.replace("(#the-end)", "(#the-ending)")))).toEqual([
      expect.stringContaining('no heading or <a id> "the-ending" in docs/en/ch9-demo.md'),
    ]);
    expect(checkLinks(broken("docs/zh/README.md", (t) => t.replace("#pinging-by-name", "#pinging")))).toEqual([
      expect.stringContaining('no heading or <a id> "pinging" in docs/zh/ch9-demo.md'),
    ]);
  });

  test("fails on a link that leaves the project", () => {
    expect(checkLinks(broken("docs/en/README.md", (t) => `${t}\n[x](../../../outside.md)\n`))).toEqual([expect.stringContaining("points outside the project")]);
  });

  test("fails on a claim whose title is not a test title of the file", () => {
    const problems = checkClaims(broken("docs/en/ch9-demo.md", (t) => t.replace('"c2 reaches c1 by name"', '"c2 reaches c1 by its name"')));
    expect(problems).toEqual([expect.stringContaining('no test titled "c2 reaches c1 by its name" in test/ch9/ping.test.ts')]);
  });

  test("fails on a claim whose test file is missing, has no title, or is not a test", () => {
    const missing = checkClaims(broken("docs/zh/ch9-demo.md", (t) => t.replace("test/ch9/ping.test.ts \"", "test/ch9/pong.test.ts \"")));
    expect(missing).toEqual([expect.stringContaining("names test/ch9/pong.test.ts, which does not exist")]);
    const untitled = checkClaims(broken("docs/en/README.md", (t) => `${t}\nSee [✓ test](../../test/ch9/ping.test.ts).\n`));
    expect(untitled).toEqual([expect.stringContaining("has no title")]);
    const notATest = checkClaims(broken("docs/en/README.md", (t) => `${t}\nSee [✓ test](../../exercises/ch9/ping.ts "c2 reaches c1 by name").\n`));
    expect(notATest).toEqual([expect.stringContaining("must link to a test file")]);
  });

  test("a describe title is not a test title", () => {
    expect(checkClaims(broken("docs/en/README.md", (t) => `${t}\n[✓ test](../../test/ch9/ping.test.ts "ch9-ping")\n`))).toHaveLength(1);
  });

  test("fails when an exercise's anchor is missing in one language", () => {
    const problems = checkExerciseSections(broken("docs/zh/ch9-demo.md", (t) => t.replace('<a id="pinging-by-name"></a>', "")), COURSE);
    expect(problems).toEqual([expect.stringContaining('ch9-ping: docs ch9-demo.md#pinging-by-name: no heading or <a id> "pinging-by-name" in docs/zh/ch9-demo.md')]);
  });

  test("fails when an exercise's section does not link to its solution", () => {
    const problems = checkExerciseSections(broken("docs/en/ch9-demo.md", (t) => t.replace("(../../solutions/ch9/ping.ts)", "(../../solutions/ch9/)")), COURSE);
    expect(problems).toEqual([expect.stringContaining("does not link to solutions/ch9/ping.ts")]);
  });

  test("fails when a chapter page is missing in one language", () => {
    const files = { ...GOOD };
    delete files["docs/zh/ch9-demo.md"];
    const t = tree(files);
    expect(checkExerciseSections(t, COURSE)).toEqual(expect.arrayContaining([expect.stringContaining("ch9: its page docs/zh/ch9-demo.md is missing")]));
    expect(checkLanguagesMirror(t)).toEqual(["docs/en/ch9-demo.md has no docs/zh/ch9-demo.md"]);
  });

  test("fails when an explicit anchor of one language has no twin in the other", () => {
    const problems = checkLanguagesMirror(broken("docs/zh/ch9-demo.md", (t) => `${t}\n<a id="only-here"></a>\n`));
    expect(problems).toEqual([expect.stringContaining('<a id="only-here"> has no twin in docs/en/ch9-demo.md')]);
  });

  test("fails when an anchor linked in one language is missing in the other", () => {
    const problems = checkLanguagesMirror(broken("docs/zh/ch9-demo.md", (t) => t.replace('<a id="the-end"></a>', "")));
    expect(problems).toEqual([expect.stringMatching(/^docs\/en\/ch9-demo\.md#the-end \(linked from docs\/en\/ch9-demo\.md:\d+\) has no twin in docs\/zh\/ch9-demo\.md$/)]);
  });

  test("fails when an anchor opens another section in the other language (an <a id> above the wrong heading)", () => {
    const misplaced = (t: string) => t.replace('<a id="the-end"></a>\n\n', "").replace('<a id="pinging-by-name"></a>', '<a id="the-end"></a>\n<a id="pinging-by-name"></a>');
    expect(checkLanguagesMirror(broken("docs/zh/ch9-demo.md", misplaced))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^docs\/zh\/ch9-demo\.md:\d+: <a id="the-end"> opens "按名字 ping", but in docs\/en\/ch9-demo\.md it opens "The end"$/),
        expect.stringContaining('docs/en/ch9-demo.md#the-end (linked from docs/en/ch9-demo.md:'),
      ]),
    );
  });

  test("fails when a section is missing or extra in one language", () => {
    const problems = checkLanguagesMirror(broken("docs/zh/ch9-demo.md", (t) => `${t}\n## 附录\n`));
    expect(problems).toEqual(["docs/en/ch9-demo.md and docs/zh/ch9-demo.md differ in their headings (levels 122 and 1222): a section is missing or extra in one language"]);
  });
});
