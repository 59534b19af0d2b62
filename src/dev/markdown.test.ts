import { anchorSections, anchorsOf, codeBlocks, githubSlug, headings, sectionAt } from "./markdown";

describe("markdown: anchors as GitHub makes them", () => {
  test("heading slugs drop punctuation but - and _, lower-case, and turn spaces into dashes", () => {
    expect(githubSlug("The default bridge: addresses but no names")).toBe("the-default-bridge-addresses-but-no-names");
    expect(githubSlug("Method 1: --link")).toBe("method-1---link");
    expect(githubSlug("Method 2: a user-defined network")).toBe("method-2-a-user-defined-network");
    expect(githubSlug("Which subnet? Not 192.168.0.0/16")).toBe("which-subnet-not-1921680016");
    expect(githubSlug("Host mode: the host's network, shared")).toBe("host-mode-the-hosts-network-shared");
    expect(githubSlug("snake_case stays")).toBe("snake_case-stays");
    expect(githubSlug("方法一：--link")).toBe("方法一--link");
    expect(githubSlug("✓ Done")).toBe("-done");
  });

  test("headings are slugged from their rendered text, repeats numbered, code fences skipped", () => {
    const page = "# Title\n\n## Method 1: `--link`\n\n```sh\n# not a heading\n```\n\n## [Linked](x.md) *bold*\n\n## Title\n";
    expect(headings(page).map((h) => [h.level, h.slug])).toEqual([
      [1, "title"],
      [2, "method-1---link"],
      [2, "linked-bold"],
      [2, "title-1"],
    ]);
  });

  test("explicit <a id> and <a name> anchors count, except inside code", () => {
    const page = '<a id="one"></a>\n\n## Eins\n\n<a name="two"></a>\n\n```html\n<a id="three"></a>\n```\n';
    expect([...anchorsOf(page)].sort()).toEqual(["eins", "one", "two"]);
  });

  test("a section runs from its heading (or the heading after its <a id>) to the next heading of its level", () => {
    const page = "# T\n\n## A\n\na\n\n### A.1\n\na1\n\n<a id=\"b-anchor\"></a>\n\n## B\n\nb\n";
    expect(sectionAt(page, "a")?.text).toBe("## A\n\na\n\n### A.1\n\na1\n\n<a id=\"b-anchor\"></a>\n");
    expect(sectionAt(page, "b-anchor")?.text).toBe("## B\n\nb\n");
    expect(sectionAt(page, "nowhere")).toBeUndefined();
  });

  test("each anchor opens a heading: its own, or the one after its <a id>; the first of two same ids counts", () => {
    const page = '# Top\n\n<a id="b"></a>\n\n## A\n\n<a id="b-2"></a>\n\n## B\n\n<a id="end"></a>\n';
    expect(anchorSections(page)).toEqual(new Map([["top", 0], ["b", 1], ["a", 1], ["b-2", 2], ["end", 3]]));
  });

  test("code blocks keep their info string and text", () => {
    expect(codeBlocks("x\n```mermaid\nflowchart LR\n  A --> B\n```\n~~~\nplain\n~~~\n")).toEqual([
      { line: 2, info: "mermaid", code: "flowchart LR\n  A --> B" },
      { line: 6, info: "", code: "plain" },
    ]);
  });
});
