import fs from "node:fs";
import path from "node:path";
import { catalogue, MESSAGE_AREAS } from "./catalogue";
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

  test("no key is defined by two areas", () => {
    const seen = new Map<string, number>();
    for (const area of MESSAGE_AREAS) for (const key of Object.keys(area)) seen.set(key, (seen.get(key) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([key]) => key)).toEqual([]);
    expect(Object.keys(catalogue).length).toBe([...seen.keys()].length);
  });

  test("gathers every message file: src/messages/*-messages.ts and each command's messages.ts", () => {
    const src = path.join(__dirname, "..");
    const files = (fs.readdirSync(src, { recursive: true }) as string[]).filter((f) => /(^|[/-])messages\.ts$/.test(f)).sort();
    expect(files).toContain(path.join("cli", "commands", "grade", "messages.ts"));
    for (const file of files) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const areas = Object.values(require(path.join(src, file)) as Record<string, unknown>);
      expect([file, areas.length > 0 && areas.every((area) => (MESSAGE_AREAS as readonly unknown[]).includes(area))]).toEqual([file, true]);
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
