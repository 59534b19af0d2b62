import fs from "node:fs";
import path from "node:path";
import { claimLinks } from "../dev/check-docs";
import { resolveTarget } from "./markdown-links";
import { readDeclaredTests } from "../grading/declared-tests";
import { loadCatalogue } from "./catalogue";
import claims from "./claims.json";

/**
 * Every claim an exercise's text makes is held by a test of its exercise: its stub's doc comment and
 * its catalogue entry through src/course/claims.json, its docs page through ✓ links (the docs check
 * sees that each names a real test). A renamed or removed test, or a claim written without its test,
 * fails here at once.
 */
const root = path.resolve(__dirname, "..", "..");
const course = loadCatalogue();
const listed = claims.exercises as Record<string, Array<{ from: string; claim: string; test: string }>>;
const titlesOf = (file: string) => readDeclaredTests(fs.readFileSync(path.join(root, file), "utf8"), file).tests.map((x) => x.title);

/** The ✓ links of the English docs that name this test file: the docs page's claims. */
function docsClaims(testFile: string): string[] {
  const dir = path.join(root, "docs", "en");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .flatMap((f) => claimLinks(fs.readFileSync(path.join(dir, f), "utf8")).filter((l) => resolveTarget(`docs/en/${f}`, l.target)?.file === testFile))
    .map((l) => l.title ?? "");
}

describe("claims: what each exercise's text says is held by a test", () => {
  test("claims.json lists exactly the catalogue's exercises", () => {
    expect(Object.keys(listed).sort()).toEqual(course.exercises.map((e) => e.id).sort());
  });

  test.each(course.exercises.map((e) => [e.id, e] as const))("%s: its stub's and its catalogue entry's claims each name a test of its exercise", (_id, exercise) => {
    const titles = titlesOf(exercise.test);
    const entries = listed[exercise.id] ?? [];
    expect(entries.filter((c) => c.from === "exercise").length).toBeGreaterThan(0);
    expect(entries.filter((c) => c.from === "catalogue").length).toBeGreaterThan(0);
    const untied = entries.filter((c) => !["exercise", "catalogue"].includes(c.from) || !c.claim.trim() || !titles.includes(c.test));
    expect(untied).toEqual([]);
  });

  test.each(course.exercises.map((e) => [e.id, e] as const))("%s: its docs page claims something of its test, and every test of it is claimed", (_id, exercise) => {
    const titles = titlesOf(exercise.test);
    const fromDocs = docsClaims(exercise.test);
    expect(fromDocs.length).toBeGreaterThan(0);
    // A test no text claims checks what the learner was never told: say it where the learner reads.
    const claimed = new Set([...fromDocs, ...(listed[exercise.id] ?? []).map((c) => c.test)]);
    expect(titles.filter((title) => !claimed.has(title))).toEqual([]);
  });
});
