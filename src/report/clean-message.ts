import { stripVTControlCharacters } from "node:util";
import { t } from "../messages/translate";

const MAX_MESSAGE_CHARS = 4000;

export interface CleanOptions {
  /** Paths to show shorter: the staged copy becomes "exercises", the instructor's root goes. */
  replace?: Array<[from: string, to: string]>;
  maxChars?: number;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * A failure message as a learner should read it: no colour codes, no stack frames into netlab or
 * node (frames in the learner's own exercises/ stay: they say where), no grader paths, and capped.
 */
export function cleanMessage(raw: string, options: CleanOptions = {}): string {
  let text = stripVTControlCharacters(raw).replace(/\r\n?/g, "\n");
  for (const [from, to] of options.replace ?? []) if (from) text = text.split(from).join(to);
  text = text.replace(CONTROL, "");
  let frames = 0;
  const lines = text.split("\n").filter((line) => {
    if (/^\s*● Test suite failed to run\s*$/.test(line)) return false;
    if (!/^\s*at /.test(line)) return true;
    if (!/(^|[\s(])exercises\//.test(line) || frames >= 3) return false;
    frames += 1;
    return true;
  });
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)?.[0].length ?? 0));
  text = lines
    .map((l) => (Number.isFinite(indent) ? l.slice(indent) : l))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return cap(text, options.maxChars ?? MAX_MESSAGE_CHARS);
}

/** At most `max` characters, saying how much was cut. */
export function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}\n${t("gradeOutputCut", { chars: text.length - max })}`;
}
