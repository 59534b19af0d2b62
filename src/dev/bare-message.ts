/**
 * Does a course test's failure message teach? A failure a learner reads must say what was expected,
 * what was seen, why, and what to try, in netlab's words. "Bare" is what falls short, precisely:
 *
 * - jest's own matcher report: the `expect(received).toBe(expected)` header of a plain matcher (with
 *   its `Expected:` / `Received:` diff), which compares objects and says nothing of the lesson;
 * - a raw engine error: `(HTTP code 409) ...`, the Docker API's words passed on untranslated;
 * - an error class in front of the text: `NetlabError: ...`, `TypeError: ...` (jest's own `Error: `
 *   framing of a failed assertion, the first thing in a stored failure, is not counted: jest does
 *   not show it for an assertion);
 * - no reason: no `Why:` line (en) or `原因：` line (zh), netlab's label for the why of a failure;
 * - no next step: no `Try:` / `试试：` line, except in a prediction's verdict (You said / the engine
 *   showed / Why), where what to try is the engine's answer it has just shown.
 *
 * Returns the reasons it is bare ([] for a teaching message); stack frames are not looked at.
 */
export function bareReasons(failure: string): string[] {
  const text = failure
    .replace(/^Error: /, "")
    .split("\n")
    .filter((line) => !/^\s+at /.test(line))
    .join("\n");
  const reasons: string[] = [];
  if (/\bexpect\((received|jest\.fn\(\))\)/.test(text)) reasons.push("a plain jest matcher's diff (expect(received)...)");
  if (/\(HTTP code \d+\)/.test(text)) reasons.push("a raw engine error (HTTP code ...)");
  const prefix = /(^|[\s:(])([A-Z][A-Za-z]*Error): /m.exec(text);
  if (prefix) reasons.push(`an error class in front of the text (${prefix[2]}:)`);
  const why = /^(Why:|原因：)/m.test(text);
  if (!why) reasons.push("no Why: line");
  const prediction = /^(Prediction:|预测：)/m.test(text);
  if (!prediction && !/^(Try:|试试：)/m.test(text)) reasons.push("no Try: line");
  return reasons;
}
