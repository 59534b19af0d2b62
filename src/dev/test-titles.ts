/**
 * The titles of the tests in a jest file, read from its source without running it: the string
 * literal that opens `test(...)`, `it(...)`, `test.skip(...)`, `testIf(cond)(...)` or
 * `(cond ? test : test.skip)(...)`. Describe titles are not test titles.
 */
const STRING = String.raw`("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\x60(?:[^\x60\\$]|\\.)*\x60)`;
const CALLS = [
  // test("..."), it.only("..."), test.concurrent.skip("..."), testIf(cond)("...")
  new RegExp(String.raw`(?<![\w$.])(?:test|it)(?:[A-Z][\w$]*)?(?:\s*\.\s*[A-Za-z]\w*)*(?:\s*\([^()]*\))?\s*\(\s*${STRING}`, "g"),
  // (condition ? test : test.skip)("...")
  new RegExp(String.raw`\(([^()]*\b(?:test|it)\b[^()]*)\)\s*\(\s*${STRING}`, "g"),
];

export function testTitles(source: string): string[] {
  const titles = new Set<string>();
  for (const pattern of CALLS) {
    for (const m of source.matchAll(pattern)) {
      const literal = m[m.length - 1];
      if (literal) titles.add(unquote(literal));
    }
  }
  return [...titles];
}

/** The value of a JavaScript string literal (no template substitutions). */
function unquote(literal: string): string {
  const body = literal.slice(1, -1);
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, e: string) => {
    if (e.startsWith("u{")) return String.fromCodePoint(parseInt(e.slice(2, -1), 16));
    if (/^[ux][0-9a-fA-F]/.test(e)) return String.fromCharCode(parseInt(e.slice(1), 16));
    return ({ n: "\n", t: "\t", r: "\r", "0": "\0" } as Record<string, string>)[e] ?? e;
  });
}
