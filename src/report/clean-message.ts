import { capText, cleanFailure, type CleanOptions } from "../jest-run/failure-text";
import { t } from "../messages/translate";

const MAX_MESSAGE_CHARS = 4000;

/**
 * A failure message as the grader's feedback shows it: the one cleaner (src/jest-run/failure-text.js)
 * with the feedback's choices: jest's "Error: " stays, at most MAX_MESSAGE_CHARS, the cut said in
 * the learner's language.
 */
export function cleanMessage(raw: string, options: Pick<CleanOptions, "replace" | "maxChars"> = {}): string {
  return cleanFailure(raw, { ...options, keepErrorPrefix: true, maxChars: options.maxChars ?? MAX_MESSAGE_CHARS, cutNote });
}

/** At most `max` characters, saying how much was cut. */
export function cap(text: string, max: number): string {
  return capText(text, max, cutNote);
}

const cutNote = (chars: number) => t("gradeOutputCut", { chars });
