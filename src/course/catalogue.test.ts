import { loadCatalogue, validateCatalogue } from "./catalogue";

describe("course catalogue", () => {
  test("the shipped catalogue is valid", () => {
    expect(() => loadCatalogue()).not.toThrow();
  });

  test("every problem is reported at once", () => {
    const problems = validateCatalogue({
      formatVersion: 0,
      chapters: [{ id: "ch1", number: 1, title: { en: "x", zh: "x" }, docs: "a.md" }],
      exercises: [
        { id: "a", chapter: "ch9", kind: "build", file: "a.ts", test: "a.test.ts", title: { en: "A" }, points: 0, docs: "a.md", commands: [], hints: [] },
        { id: "a", chapter: "ch1", kind: "other", file: "a.js", test: "a.ts", title: { en: "A", zh: "A" }, points: 1, docs: "a.md#x", commands: ["docker run"], hints: [{ en: "h", zh: "h" }] },
      ],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("formatVersion"),
        expect.stringContaining('chapter "ch9"'),
        expect.stringContaining("title needs en and zh"),
        expect.stringContaining("points"),
        expect.stringContaining("docs must name a page and an anchor"),
        expect.stringContaining("commands"),
        expect.stringContaining("hints"),
        expect.stringContaining("repeated"),
        expect.stringContaining("kind"),
        expect.stringContaining("file (*.ts)"),
      ]),
    );
  });
});
