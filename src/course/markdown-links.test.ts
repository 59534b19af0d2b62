import { links, resolveTarget } from "./markdown-links";

describe("markdown: links as GitHub reads them", () => {
  test("links: inline links with titles, images, reference definitions; not inside code spans or fences", () => {
    const page = [
      'See [✓ test](../../test/a.test.ts "c2 reaches c1 by name") and ![d](img.png).',
      "Code: `[no](x.md)` but [yes](y.md#z).",
      "```",
      "[fenced](f.md)",
      "```",
      '[ref]: ../ref.md "A title"',
      "[`exercises/ch3/link.ts`](../../exercises/ch3/link.ts)",
      'A title with parentheses: [✓ test](t.test.ts "names come from the DNS (127.0.0.11), not /etc/hosts")',
    ].join("\n");
    expect(links(page).map((l) => [l.line, l.target, l.title ?? null, l.image])).toEqual([
      [1, "../../test/a.test.ts", "c2 reaches c1 by name", false],
      [1, "img.png", null, true],
      [2, "y.md#z", null, false],
      [6, "../ref.md", "A title", false],
      [7, "../../exercises/ch3/link.ts", null, false],
      [8, "t.test.ts", "names come from the DNS (127.0.0.11), not /etc/hosts", false],
    ]);
  });

  test("resolves links like GitHub: relative to the page, root-relative with /, and never outside the project", () => {
    expect(resolveTarget("docs/en/a.md", "../../test/x.test.ts")).toEqual({ file: "test/x.test.ts", anchor: undefined });
    expect(resolveTarget("docs/en/a.md", "#top")).toEqual({ file: "docs/en/a.md", anchor: "top" });
    expect(resolveTarget("docs/en/a.md", "/src/index.ts")).toEqual({ file: "src/index.ts", anchor: undefined });
    expect(resolveTarget("docs/en/a.md", "../../../etc/passwd")).toBeUndefined();
  });
});
