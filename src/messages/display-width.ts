// East Asian wide characters (Unicode's W and F classes) in the Basic Multilingual Plane: Hangul
// Jamo and syllables, CJK radicals to Yi (ideographs, kana, bopomofo, CJK punctuation), compatibility
// ideographs, vertical and compatibility forms, fullwidth forms. Halfwidth katakana and forms
// (U+FF61-FFDC, U+FFE8-FFEE) are narrow.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Columns a text takes in a terminal: a wide (CJK) character takes two, any other one. */
export function displayWidth(text: string): number {
  return [...text].reduce((w, ch) => w + (WIDE.test(ch) ? 2 : 1), 0);
}
