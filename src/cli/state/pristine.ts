import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** Copies of the untouched stubs, taken the first time netlab sees them (a fallback where git cannot help). */
const PRISTINE_DIR = path.join(".netlab", "pristine");

/**
 * Is this an untouched-looking stub? Build exercises still call notYetDone(...); predictions still
 * answer `undefined`. A learner's half-finished file may look the same, hence "newest stub" below.
 */
export function looksLikeStub(text: string): boolean {
  return /\bnotYetDone\s*\(/.test(text) || /\|\s*undefined\s*=\s*undefined\s*;/.test(text);
}

export interface PristineStub {
  text: string;
  /** Where it came from, for the message: "git 1a2b3c4" or ".netlab/pristine/ch3/link.ts". */
  source: string;
}

/**
 * The original stub of exercises/<file>. From git first: the newest committed version that still looks
 * like a stub (so learners' own commits of finished work are skipped, and a course update of the
 * stub is kept), else the first version ever committed. Without git: the copy netlab took when it
 * first saw the stub. Undefined when neither exists.
 */
export function findPristineStub(root: string, file: string): PristineStub | undefined {
  return fromGit(root, `exercises/${file}`) ?? fromCopy(root, file);
}

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 5000, maxBuffer: 16 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

function fromGit(root: string, relative: string): PristineStub | undefined {
  // Only when root is the top of a repository: never read another project's history.
  const top = git(root, ["rev-parse", "--show-toplevel"])?.trim();
  if (!top || path.resolve(top) !== fs.realpathSync(root)) return undefined;
  const commits = (git(root, ["log", "--format=%H", "--", relative]) ?? "").split("\n").filter(Boolean);
  let oldest: PristineStub | undefined;
  for (const commit of commits) {
    const text = git(root, ["show", `${commit}:${relative}`]);
    if (text === undefined) continue;
    const stub = { text, source: `git ${commit.slice(0, 7)}` };
    if (looksLikeStub(text)) return stub;
    oldest = stub;
  }
  return oldest;
}

function fromCopy(root: string, file: string): PristineStub | undefined {
  const copy = path.join(root, PRISTINE_DIR, file);
  if (!fs.existsSync(copy)) return undefined;
  return { text: fs.readFileSync(copy, "utf8"), source: path.join(PRISTINE_DIR, file) };
}

/** Keeps a copy of every exercise that still looks like a stub and has none yet. Cheap; never fails a command. */
export function rememberStubs(root: string, files: string[]): void {
  for (const file of files) {
    try {
      const copy = path.join(root, PRISTINE_DIR, file);
      if (fs.existsSync(copy)) continue;
      const text = fs.readFileSync(path.join(root, "exercises", file), "utf8");
      if (!looksLikeStub(text)) continue;
      fs.mkdirSync(path.dirname(copy), { recursive: true });
      fs.writeFileSync(copy, text);
    } catch {
      // A missing exercise file or a read-only folder: the copy is only a fallback.
    }
  }
}
