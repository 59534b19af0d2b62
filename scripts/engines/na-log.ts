import fs from "node:fs";

/** One n/a test, as the side channel NETLAB_NA_LOG records it. */
export interface NaEntry {
  file: string;
  titles: string[];
  reason: string;
}

/** The n/a reasons a course run recorded; none if the file is absent (nothing writes it yet). */
export function readNaLog(file: string): NaEntry[] {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return [];
  }
  const entries: NaEntry[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    try {
      const e = JSON.parse(line) as Partial<NaEntry>;
      if (typeof e.file === "string" && Array.isArray(e.titles) && typeof e.reason === "string") {
        entries.push({ file: e.file, titles: e.titles.map(String), reason: e.reason });
      }
    } catch {
      // a torn line (a worker killed mid-write): the test shows with no reason
    }
  }
  return entries;
}

export const naKey = (file: string, titles: string[]) => `${file}\u0000${titles.join("\u0000")}`;
