import fs from "node:fs";
import path from "node:path";
import { currentLanguage } from "../../../messages/language";
import { t } from "../../../messages/translate";
import { EXIT, type CommandContext } from "../../command";
import { docsOf, loadCourse, resolveExercise, titleOf } from "../../course/exercises";
import { stateHints } from "../../hints/state-hints";
import { loadProgress, updateProgress } from "../../state/progress-store";

/** How long ago, in the learner's words: "just now", "12 min ago", "3 h ago". */
export function ago(iso: string, now = Date.now()): string {
  const minutes = Math.floor((now - Date.parse(iso)) / 60_000);
  if (!(minutes >= 1)) return t("cliAgo", { n: 0, unit: "now" });
  if (minutes < 120) return t("cliAgo", { n: minutes, unit: "min" });
  if (minutes < 48 * 60) return t("cliAgo", { n: Math.floor(minutes / 60), unit: "h" });
  return t("cliAgo", { n: Math.floor(minutes / 1440), unit: "d" });
}

/**
 * `netlab hint [id] [--all]`: first what the last live check saw (a hint from that state), then the
 * exercise's hints in order, gentlest first: the next one on each call, all of them with --all.
 */
export async function run({ cwd, args, flags, stdout }: CommandContext): Promise<number> {
  const course = loadCourse();
  const progress = loadProgress(cwd);
  const exercise = resolveExercise(course, args[0], progress, "hint");
  const lang = currentLanguage();
  const state = progress.exercises[exercise.id];
  const hints = exercise.hints.map((h) => h[lang]);
  stdout(`${exercise.id}: ${titleOf(exercise)}`);

  const check = state?.lastCheck;
  const fromState = stateHints(exercise, check);
  if (check && fromState.length > 0) {
    stdout("");
    stdout(t("cliHintFromCheck", { ago: ago(check.at), passed: check.passed, total: check.total }));
    for (const hint of fromState) stdout(bullet(hint));
  } else if (!check) {
    stdout("");
    stdout(t("cliHintNoCheck", { id: exercise.id }));
  }
  // What the last check could not show on this engine: n/a, with why, so no hint sends the learner after it.
  for (const text of check?.notShown ?? []) stdout(bullet(`○ ${text}`));

  const seen = state?.hints ?? 0;
  const shown = flags.all ? hints.map((_h, i) => i) : [Math.min(seen, hints.length - 1)];
  for (const i of shown) {
    stdout("");
    stdout(t("cliHintNumber", { n: i + 1, total: hints.length }));
    stdout(bullet(hints[i] ?? ""));
  }
  const last = Math.max(...shown) + 1;
  updateProgress(cwd, (p) => {
    const entry = p.exercises[exercise.id] ?? { status: "pending" };
    p.exercises[exercise.id] = { ...entry, hints: Math.max(entry.hints ?? 0, last) };
  });
  stdout("");
  const reference = fs.existsSync(path.join(cwd, "solutions", exercise.file));
  if (last < hints.length) stdout(t("cliHintMore", { id: exercise.id, docs: docsOf(exercise) }));
  else stdout(t(reference ? "cliHintLast" : "cliHintLastMine", { id: exercise.id, docs: docsOf(exercise) }));
  return EXIT.ok;
}

function bullet(text: string): string {
  return text
    .split("\n")
    .map((line, i) => `${i === 0 ? "  • " : "    "}${line}`)
    .join("\n");
}
