import type { ExerciseGrade, SubmissionGrade, TestGrade } from "./grade-types";
import { formatPoints } from "./points";
import { currentLanguage, type Language } from "../messages/language";
import { t } from "../messages/translate";
import type { Visibility } from "./results-json";

export interface FeedbackOptions {
  /** Hidden tests are shown by name and message only when "visible"; otherwise as a count. */
  hiddenVisibility: Visibility;
  lang?: Language;
}

/** Markdown cell text: pipes and line breaks would break the table. */
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** A fenced block that the message itself cannot close. */
function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}

/**
 * feedback.md for the learner: the score, a table of exercises, what stopped an exercise from
 * running, and for every failing check its teaching message (shared messages said once), with the
 * exercise's first hint and where to read. Hidden checks appear as a count unless made visible.
 */
export function toFeedbackMarkdown(grade: SubmissionGrade, options: FeedbackOptions): string {
  const lang = options.lang ?? currentLanguage();
  const showHidden = options.hiddenVisibility === "visible";
  const counted = grade.exercises.flatMap((e) => e.tests).filter((g) => g.status !== "skipped");
  const passed = counted.filter((g) => g.status === "passed").length;
  const out = [`# ${t("fbTitle", { name: grade.name }, lang)}`, ""];
  if (!grade.graded) {
    out.push(t("gradeNotGraded", { name: grade.name, detail: "" }, lang), "", fenced(grade.error ?? ""), "");
    return out.join("\n");
  }
  out.push(`**${t("fbScore", { score: formatPoints(grade.score), max: formatPoints(grade.maxScore), passed, total: counted.length }, lang)}**`, "");
  out.push(`| ${t("fbExercise", {}, lang)} | ${t("fbPoints", {}, lang)} | ${t("fbResult", {}, lang)} |`, "|---|---:|---|");
  for (const e of grade.exercises) out.push(`| ${cell(`${e.exercise.id}: ${e.exercise.title[lang]}`)} | ${formatPoints(e.score)} / ${formatPoints(e.maxScore)} | ${cell(resultOf(e, lang))} |`);
  out.push("");

  const blocked = grade.exercises.filter((e) => e.blocked);
  if (blocked.length > 0) {
    out.push(`## ${t("fbProblems", {}, lang)}`, "");
    for (const e of blocked) out.push(`### ${e.exercise.id}`, "", fenced(e.blocked ?? ""), "");
  }

  const failing = grade.exercises.filter((e) => !e.blocked && e.tests.some((g) => g.status === "failed"));
  if (failing.length > 0) {
    out.push(`## ${t("fbDetails", {}, lang)}`, "");
    for (const e of failing) out.push(...exerciseDetails(e, lang, showHidden));
  }

  const notShown = grade.exercises.flatMap((e) => e.tests.filter((g) => g.status === "skipped" && (showHidden || !g.test.hidden)).map((g) => ({ e, g })));
  if (notShown.length > 0) {
    out.push(`## ${t("fbNotShown", {}, lang)}`, "", t("fbNotShownIntro", {}, lang), "");
    for (const { e, g } of notShown) out.push(`- ○ ${e.exercise.id}: ${g.test.title}: ${g.message.replace(/\n/g, " ")}`);
    out.push("");
  }

  if (grade.notes.length > 0) {
    out.push(`## ${t("fbNotes", {}, lang)}`, "", ...grade.notes.map((n) => `- ${n.replace(/\n/g, " ")}`), "");
  }
  return out.join("\n");
}

function resultOf(e: ExerciseGrade, lang: Language): string {
  if (e.blocked) return t("fbNotGraded", {}, lang);
  const counted = e.tests.filter((g) => g.status !== "skipped");
  const failed = counted.filter((g) => g.status === "failed").length;
  return failed === 0 ? `✓ ${t("fbAllPassed", {}, lang)}` : `✗ ${t("fbSomeFailed", { failed, total: counted.length }, lang)}`;
}

function exerciseDetails(e: ExerciseGrade, lang: Language, showHidden: boolean): string[] {
  const out = [`### ${e.exercise.id}: ${e.exercise.title[lang]} (${formatPoints(e.score)} / ${formatPoints(e.maxScore)})`, ""];
  const shown = e.tests.filter((g) => g.status === "failed" && (showHidden || !g.test.hidden));
  // One message for several checks (the code threw, timed out, is not done yet): say it once.
  const byMessage = new Map<string, TestGrade[]>();
  for (const g of shown) byMessage.set(g.message, [...(byMessage.get(g.message) ?? []), g]);
  for (const [message, tests] of byMessage) {
    out.push(...tests.map((g) => `- ✗ ${g.test.title}`), "", fenced(message), "");
  }
  const hidden = e.tests.filter((g) => g.test.hidden && g.status !== "skipped");
  if (!showHidden && hidden.length > 0) {
    out.push(t("fbHidden", { passed: hidden.filter((g) => g.status === "passed").length, total: hidden.length }, lang), "");
  }
  const hint = e.exercise.hints[0]?.[lang];
  if (hint) out.push(`**${t("fbHint", {}, lang)}:** ${hint}`, "");
  out.push(t("fbRead", { page: `docs/${lang}/${e.exercise.docs}` }, lang), "");
  return out;
}
