/** One text of the message catalogue, in English and Simplified Chinese side by side. */
export interface Entry<P> {
  en: (p: P) => string;
  zh: (p: P) => string;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export function entry<P = {}>(en: (p: P) => string, zh: (p: P) => string): Entry<P> {
  return { en, zh };
}
