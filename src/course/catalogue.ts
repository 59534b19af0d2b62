import fs from "node:fs";
import path from "node:path";
import type { Language } from "../messages/language";

/** The format of catalogue.json this code reads; bump it when a field changes meaning. */
const CATALOGUE_FORMAT_VERSION = 1;

type Localized = Record<Language, string>;

interface Chapter {
  id: string;
  number: number;
  title: Localized;
  /** The chapter's page under docs/<lang>/. */
  docs: string;
}

export interface Exercise {
  id: string;
  chapter: string;
  /** build: the learner makes a topology; predict: the learner states an outcome first. */
  kind: "build" | "predict";
  /** Path under exercises/ and solutions/ (the same in both). */
  file: string;
  /** The test file that checks it, from the project root. */
  test: string;
  title: Localized;
  points: number;
  /** The section under docs/<lang>/ ("page.md#anchor"). */
  docs: string;
  /** The docker commands it teaches. */
  commands: string[];
  /** Gentlest first. */
  hints: Localized[];
}

export interface Course {
  formatVersion: number;
  chapters: Chapter[];
  /** In course order. */
  exercises: Exercise[];
}

export const CATALOGUE_PATH = path.join(__dirname, "catalogue.json");

/** The catalogue of the course in `root` (an instructor's copy may differ), else netlab's own. */
export function loadProjectCatalogue(root: string): Course {
  const own = path.join(root, "src", "course", "catalogue.json");
  return loadCatalogue(fs.existsSync(own) ? own : CATALOGUE_PATH);
}

/** Reads and validates the catalogue; a malformed one says every problem at once. */
export function loadCatalogue(file = CATALOGUE_PATH): Course {
  const raw: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
  const problems = validateCatalogue(raw);
  if (problems.length > 0) throw new Error(`The course catalogue ${file} is not valid:\n- ${problems.join("\n- ")}`);
  return raw as Course;
}

export function validateCatalogue(raw: unknown): string[] {
  const problems: string[] = [];
  const course = raw as Partial<Course>;
  if (course?.formatVersion !== CATALOGUE_FORMAT_VERSION) {
    problems.push(`formatVersion must be ${CATALOGUE_FORMAT_VERSION}, found ${JSON.stringify(course?.formatVersion)}`);
  }
  const chapters = Array.isArray(course?.chapters) ? course.chapters : [];
  const exercises = Array.isArray(course?.exercises) ? course.exercises : [];
  if (chapters.length === 0) problems.push("chapters must be a non-empty list");
  if (exercises.length === 0) problems.push("exercises must be a non-empty list");
  const localized = (v: unknown) => typeof (v as Localized)?.en === "string" && typeof (v as Localized)?.zh === "string";
  const chapterIds = new Set(chapters.map((c) => c.id));
  for (const c of chapters) {
    if (!c.id || typeof c.number !== "number" || !localized(c.title) || !c.docs) problems.push(`chapter ${JSON.stringify(c.id)}: needs id, number, title {en, zh} and docs`);
  }
  const seen = new Set<string>();
  for (const e of exercises) {
    const where = `exercise ${JSON.stringify(e.id)}`;
    if (!e.id || seen.has(e.id)) problems.push(`${where}: id missing or repeated`);
    seen.add(e.id);
    if (!chapterIds.has(e.chapter)) problems.push(`${where}: chapter ${JSON.stringify(e.chapter)} is not in chapters`);
    if (e.kind !== "build" && e.kind !== "predict") problems.push(`${where}: kind must be "build" or "predict"`);
    if (!e.file?.endsWith(".ts") || !e.test?.endsWith(".test.ts")) problems.push(`${where}: file (*.ts) and test (*.test.ts) are required`);
    if (!localized(e.title)) problems.push(`${where}: title needs en and zh`);
    if (!(typeof e.points === "number" && e.points > 0)) problems.push(`${where}: points must be a positive number`);
    if (!e.docs?.includes("#")) problems.push(`${where}: docs must name a page and an anchor ("page.md#section")`);
    if (!Array.isArray(e.commands) || e.commands.length === 0) problems.push(`${where}: commands must list the docker commands it teaches`);
    if (!Array.isArray(e.hints) || e.hints.length === 0 || !e.hints.every(localized)) problems.push(`${where}: hints must be a non-empty list of {en, zh}`);
  }
  return problems;
}
