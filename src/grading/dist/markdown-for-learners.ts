import { distMarkers } from "./dist-markers";
import { solutionLinks } from "./solution-links";

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s/;

/**
 * A Markdown page as the starter repository gets it (netlab dist). Left out: the parts between
 * `<!-- dist:drop -->` and `<!-- /dist:drop -->` lines (maintainers' sections), lines marked
 * `<!-- dist:drop-line -->`, and list items that link into solutions/ (each exercise section's
 * "Solution:" line: unmarked, so that a new exercise needs no marker). An opening marker without
 * its closing one stays as it is, for checkDist to report. `page` is the path from the project
 * root, to resolve relative links.
 */
export function markdownForLearners(page: string, markdown: string): string {
  const lines = markdown.split("\n");
  const marks = distMarkers(markdown);
  const solutionLines = new Set(solutionLinks(page, markdown).map((l) => l.line));
  const out: string[] = [];
  let afterDrop = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const close = marks[i]?.open ? marks.findIndex((m, j) => j > i && m.close) : -1;
    const drop = close >= 0 || Boolean(marks[i]?.dropLine) || (LIST_ITEM.test(line) && solutionLines.has(i + 1));
    if (close >= 0) i = close;
    if (drop) {
      afterDrop = true;
      continue;
    }
    // A part dropped between two blank lines would leave two in a row: keep one.
    if (afterDrop && line.trim() === "" && (out.length === 0 || out[out.length - 1]?.trim() === "")) continue;
    afterDrop = false;
    out.push(line);
  }
  return out.join("\n");
}
