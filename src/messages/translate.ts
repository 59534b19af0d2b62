import { catalogue, type MessageKey, type MessageParams } from "./catalogue";
import { currentLanguage, type Language } from "./language";

/** The text of a catalogue entry in the learner's language. */
export function t<K extends MessageKey>(key: K, params: MessageParams<K>, lang: Language = currentLanguage()): string {
  const entry = catalogue[key] as unknown as Record<Language, (p: MessageParams<K>) => string>;
  return entry[lang](params);
}
