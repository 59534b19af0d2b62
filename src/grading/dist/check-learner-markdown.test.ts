import { checkLearnerMarkdown } from "./check-learner-markdown";

const scripts = new Set(["test", "lint", "engine"]);

describe("checkLearnerMarkdown: what a starter repository's page must not point at", () => {
  test("a link into solutions/, said once per line", () => {
    expect(checkLearnerMarkdown("docs/en/ch3.md", "ok\n- Solution: [solutions/ch3/link.ts](../../solutions/ch3/link.ts)\n", scripts)).toEqual([
      "docs/en/ch3.md:2 links to ../../solutions/ch3/link.ts, which the starter repository does not have",
    ]);
    expect(checkLearnerMarkdown("README.md", "See [the answers](solutions).\n", scripts)).toEqual([expect.stringContaining("README.md:1 links to solutions")]);
  });

  test("a path in solutions/ or the folder named, not the word or another folder", () => {
    expect(checkLearnerMarkdown("README.md", "| `solutions/` | reference solutions |\n", scripts)).toEqual([
      "README.md:1 names solutions/, which the starter repository does not have",
    ]);
    expect(checkLearnerMarkdown("docs/zh/README.md", "参考答案（`solutions/…`）\n", scripts)).toHaveLength(1);
    expect(checkLearnerMarkdown("README.md", "reference solutions; NETLAB_TARGET=solutions; mysolutions/x; my-solutions/\n", scripts)).toEqual([]);
  });

  test("the instructor guide may name the instructor's solutions/ folder, but not link into it", () => {
    expect(checkLearnerMarkdown("docs/en/instructor-guide.md", "Run it from your clone (the folder with `solutions/`).\n", scripts)).toEqual([]);
    expect(checkLearnerMarkdown("docs/zh/instructor-guide.md", "[答案](../../solutions/ch1/a.ts)\n", scripts)).toHaveLength(1);
  });

  test("`npm run X` for a script package.json does not have (the maintainers' selftest)", () => {
    expect(checkLearnerMarkdown("README.md", "```sh\nnpm run selftest\n```\n`npm run engine` starts one.\n", scripts)).toEqual([
      'README.md:2 says `npm run selftest`, but package.json has no "selftest" script',
    ]);
  });

  test("a dist marker left over, outside code", () => {
    expect(checkLearnerMarkdown("README.md", "a\n<!-- dist:drop -->\nb\n", scripts)).toEqual([expect.stringContaining("README.md:2 still has a dist marker")]);
    expect(checkLearnerMarkdown("docs/en/instructor-guide.md", "Mark it `<!-- dist:drop-line -->`.\n", scripts)).toEqual([]);
  });
});
