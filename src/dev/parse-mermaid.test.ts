import path from "node:path";
import { checkDiagrams, diagrams, readDocsTree } from "./check-docs";
import { parseMermaid } from "./parse-mermaid";

const ROOT = path.resolve(__dirname, "..", "..");

describe("Mermaid diagrams, parsed by mermaid itself", () => {
  test("every diagram under docs/ parses", () => {
    const found = diagrams(readDocsTree(ROOT));
    // The course's diagrams: bridge and veths, one-way link, user network and DNS, two networks, port mapping.
    for (const lang of ["en", "zh"]) expect(found.filter((d) => d.page.startsWith(`docs/${lang}/`)).length).toBeGreaterThanOrEqual(5);
    expect(checkDiagrams(found)).toEqual([]);
  }, 60_000);

  test("broken diagrams fail, each with the parser's own message", () => {
    const broken = [
      'flowchart LR\n  a["unclosed label] --> b', // label never closed
      "flowchart LR\n  subgraph host\n    a --> b\n", // subgraph without end
      "flowchart LR\n  a --> b -->\n", // edge to nothing
      "flowhcart LR\n  a --> b", // misspelt diagram type
      "flowchart LR\n  a -- text --> \n", // labelled edge to nothing
    ];
    const results = parseMermaid(["flowchart LR\n  a --> b", ...broken]);
    expect(results[0]).toEqual({ ok: true, type: "flowchart-v2" });
    for (const r of results.slice(1)) expect(r).toMatchObject({ ok: false, error: expect.any(String) });
  }, 60_000);

  test("the docs check names the page and line of a diagram that does not parse", () => {
    // The parser's verdicts as test 2 shows them; here only how the check reports them.
    const verdicts = () => [
      { ok: true as const, type: "flowchart-v2" },
      { ok: false as const, error: "Parse error on line 2:\n...a[ --> b" },
    ];
    const problems = checkDiagrams(
      [
        { page: "docs/en/x.md", line: 12, code: "flowchart LR\n  a --> b" },
        { page: "docs/zh/x.md", line: 40, code: "flowchart LR\n  a[ --> b" },
      ],
      verdicts,
    );
    expect(problems).toEqual(["docs/zh/x.md:40: the Mermaid diagram does not parse: Parse error on line 2: ...a[ --> b"]);
  });
});
