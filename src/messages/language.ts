export type Language = "en" | "zh";

/** NETLAB_LANG wins; otherwise the locale (LC_ALL, LC_MESSAGES, LANG) picks Chinese when it starts with "zh". */
export function currentLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  const explicit = env.NETLAB_LANG?.toLowerCase();
  if (explicit) return explicit.startsWith("zh") ? "zh" : "en";
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return locale.toLowerCase().startsWith("zh") ? "zh" : "en";
}
