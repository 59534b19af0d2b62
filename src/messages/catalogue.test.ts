import { catalogue } from "./catalogue";
import type { Language } from "./language";

const LANGUAGES: Language[] = ["en", "zh"];

/** Parameters for any entry: every field a plausible non-empty value. */
const sampleParams = new Proxy({}, { get: (_target, prop) => (prop === "then" ? undefined : `<${String(prop)}>`) });

describe("the message catalogue", () => {
  const entries = Object.entries(catalogue) as Array<[string, Partial<Record<Language, unknown>>]>;

  test("holds entries from every area, the CLI's included", () => {
    expect(entries.length).toBeGreaterThan(100);
    for (const key of ["engineDown", "notYetDone", "expectedReach", "cliRunSummary", "cliStateLinkHosts"]) {
      expect(catalogue).toHaveProperty(key);
    }
  });

  test.each(LANGUAGES)("every entry has %s text, and it renders to something", (lang) => {
    const missing: string[] = [];
    const empty: string[] = [];
    for (const [key, entry] of entries) {
      const render = entry[lang];
      if (typeof render !== "function") {
        missing.push(key);
        continue;
      }
      const text = (render as (p: unknown) => unknown)(sampleParams);
      if (typeof text !== "string" || text.trim() === "") empty.push(key);
    }
    expect({ missing, empty }).toEqual({ missing: [], empty: [] });
  });

  test("no entry has a language the catalogue does not know", () => {
    const strays = entries.filter(([, entry]) => Object.keys(entry).some((lang) => !LANGUAGES.includes(lang as Language))).map(([key]) => key);
    expect(strays).toEqual([]);
  });

  test("Chinese text is Chinese where the English is a sentence", () => {
    // A zh entry that is the English text copied over is a missing translation in disguise.
    const copied = entries
      .filter(([, entry]) => typeof entry.en === "function" && typeof entry.zh === "function")
      .map(([key, entry]) => [key, (entry.en as (p: unknown) => string)(sampleParams), (entry.zh as (p: unknown) => string)(sampleParams)] as const)
      .filter(([, en, zh]) => en.split(" ").length >= 4 && en === zh)
      .map(([key]) => key);
    expect(copied).toEqual([]);
  });
});
