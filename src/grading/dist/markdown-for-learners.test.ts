import { markdownForLearners } from "./markdown-for-learners";

describe("markdownForLearners: a page as the starter repository gets it", () => {
  test("an exercise section's solution link is left out, its exercise and test links stay (both languages)", () => {
    const en = [
      "- Exercise: [exercises/ch3/link.ts](../../exercises/ch3/link.ts)",
      "- Test: [test/ch3/link.test.ts](../../test/ch3/link.test.ts)",
      "- Solution: [solutions/ch3/link.ts](../../solutions/ch3/link.ts)",
      "",
      "## Next",
      "",
    ].join("\n");
    expect(markdownForLearners("docs/en/ch3-linking-containers.md", en)).toBe(
      ["- Exercise: [exercises/ch3/link.ts](../../exercises/ch3/link.ts)", "- Test: [test/ch3/link.test.ts](../../test/ch3/link.test.ts)", "", "## Next", ""].join("\n"),
    );
    const zh = "- 练习：[exercises/ch3/link.ts](../../exercises/ch3/link.ts)\n- 参考答案：[solutions/ch3/link.ts](../../solutions/ch3/link.ts)\n";
    expect(markdownForLearners("docs/zh/ch3-linking-containers.md", zh)).toBe("- 练习：[exercises/ch3/link.ts](../../exercises/ch3/link.ts)\n");
  });

  test("links resolve from the page: from README.md, solutions/x is the answers; from docs/en, ../solutions/x is not", () => {
    expect(markdownForLearners("README.md", "- [a](solutions/ch1/a.ts)\n- [b](exercises/ch1/a.ts)\n")).toBe("- [b](exercises/ch1/a.ts)\n");
    const elsewhere = "- [x](../solutions/x.md)\n";
    expect(markdownForLearners("docs/en/README.md", elsewhere)).toBe(elsewhere);
  });

  test("a part between dist:drop lines is left out, with one blank line kept where it was", () => {
    const page = ["intro", "", "<!-- dist:drop -->", "## Maintainers", "", "npm run selftest", "<!-- /dist:drop -->", "", "## What is where", ""].join("\n");
    expect(markdownForLearners("README.md", page)).toBe(["intro", "", "## What is where", ""].join("\n"));
    const atEnd = "intro\n\n<!-- dist:drop -->\n### For maintainers\n<!-- /dist:drop -->\n";
    expect(markdownForLearners("docs/en/README.md", atEnd)).toBe("intro\n");
  });

  test("a line marked dist:drop-line is left out (a table row), the rest of the table stays", () => {
    const table = "| folder | what |\n|---|---|\n| `exercises/` | stubs |\n| `solutions/` | answers <!-- dist:drop-line --> |\n| `test/` | tests |\n";
    expect(markdownForLearners("README.md", table)).toBe("| folder | what |\n|---|---|\n| `exercises/` | stubs |\n| `test/` | tests |\n");
  });

  test("markers shown as code do nothing; an opening marker without its closing one stays, for checkDist", () => {
    const shown = "Mark a row with `<!-- dist:drop-line -->`.\n\n```md\n<!-- dist:drop -->\n<!-- /dist:drop -->\n```\n";
    expect(markdownForLearners("docs/en/instructor-guide.md", shown)).toBe(shown);
    const unclosed = "a\n<!-- dist:drop -->\nb\n";
    expect(markdownForLearners("README.md", unclosed)).toBe(unclosed);
  });

  test("a page without markers or solution links is unchanged", () => {
    const page = "# Title\r\n\r\nText with [a link](../../test/ch3/link.test.ts \"c2 reaches c1 by name\").\r\n";
    expect(markdownForLearners("docs/en/ch3-linking-containers.md", page)).toBe(page);
  });
});
