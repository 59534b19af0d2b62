import { catalogue, type MessageKey } from "../../messages/catalogue";
import type { Language } from "../../messages/language";

const LANGUAGES: Language[] = ["en", "zh"];
const SENTINEL = /\uE000(\w+)\uE001/g;

/**
 * The regular expressions (one per language) that find a catalogue entry's text inside a longer
 * message and capture its parameters by name. Built from the entry itself, so that a reworded
 * message still matches. `fixed` picks a branch of an entry that depends on a parameter.
 */
function messagePatterns(key: MessageKey, fixed: Record<string, string> = {}, label?: MessageKey): RegExp[] {
  const params = new Proxy(
    {},
    { get: (_target, prop) => (typeof prop === "string" ? (fixed[prop] ?? `\uE000${prop}\uE001`) : undefined) },
  );
  const entry = catalogue[key] as unknown as Record<Language, (p: unknown) => string>;
  // Only right after a label ("Received:"): a matcher's Expected line can read like another's Received.
  const prefix = label ? `(?:${LANGUAGES.map((lang) => escape((catalogue[label] as unknown as Record<Language, (p: unknown) => string>)[lang]({}))).join("|")})\\s*` : "";
  return LANGUAGES.map((lang) => {
    const text = entry[lang](params);
    const seen = new Set<string>();
    let source = escape(text).replace(SENTINEL, (_m, name: string, offset: number) => {
      if (seen.has(name)) return `\\k<${name}>`;
      seen.add(name);
      // A parameter the text starts with is one word (a name, an address): it must not swallow "Received: ".
      return offset === 0 ? `(?<${name}>[^\\s"]+)` : `(?<${name}>.*?)`;
    });
    // A parameter at the very end runs to the end of its line.
    if (source.endsWith(".*?)")) source += "(?=\\n|$)";
    return new RegExp(prefix + source);
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const cache = new Map<string, RegExp[]>();

/** The parameters of the entry's text found in message, or undefined when it is not there. */
export function matchMessage(key: MessageKey, message: string, fixed: Record<string, string> = {}, label?: MessageKey): Record<string, string> | undefined {
  const cacheKey = `${key}:${JSON.stringify(fixed)}:${label ?? ""}`;
  let patterns = cache.get(cacheKey);
  if (!patterns) {
    patterns = messagePatterns(key, fixed, label);
    cache.set(cacheKey, patterns);
  }
  for (const pattern of patterns) {
    const match = pattern.exec(message);
    if (match) return { ...fixed, ...(match.groups ?? {}) };
  }
  return undefined;
}

/** The matcher call a failure starts with: expect(c1).not.toResolve("c2"). */
export interface MatcherCall {
  subject: string;
  not: boolean;
  matcher: string;
  arg: string;
}

export function matcherCall(message: string): MatcherCall | undefined {
  const match = /expect\(([A-Za-z0-9_.-]+)\)(\.not)?\.(to[A-Za-z]+)\("([^"]*)"/.exec(message);
  if (!match) return undefined;
  return { subject: match[1] ?? "", not: match[2] !== undefined, matcher: match[3] ?? "", arg: match[4] ?? "" };
}
