import fs from "node:fs";
import path from "node:path";
import type { SubmissionGrade } from "./grade-types";
import type { Language } from "../messages/language";
import { toFeedbackMarkdown } from "./feedback-md";
import { toJunitXml } from "./junit-xml";
import { toResults, type Visibility } from "./results-json";

/** Writes DIR/<submission>/results.json, feedback.md and junit.xml; returns the folder. */
export function writeReports(out: string, grade: SubmissionGrade, options: { hiddenVisibility: Visibility; lang?: Language }): string {
  const dir = path.join(out, grade.name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "results.json"), `${JSON.stringify(toResults(grade, options), null, 2)}\n`);
  fs.writeFileSync(path.join(dir, "feedback.md"), toFeedbackMarkdown(grade, options));
  fs.writeFileSync(path.join(dir, "junit.xml"), toJunitXml(grade));
  return dir;
}
