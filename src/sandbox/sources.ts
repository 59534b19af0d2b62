import fs from "node:fs";
import path from "node:path";

/** Where the sandbox keeps the submission's files (its tmpfs). */
export const SANDBOX_ROOT = "/scratch/exercises";

/** Set by the grader for its jest run: the transpiled files, and the staged .ts files frames should name. */
export const SOURCES_ENV = "NETLAB_SANDBOX_SOURCES";
export const SHOWN_ENV = "NETLAB_SANDBOX_SHOWN";

let cached: Record<string, string> | undefined;

/** The submission's transpiled exercise files, by path (read once per jest worker). */
export function readSandboxSources(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  if (cached) return cached;
  const dir = env[SOURCES_ENV];
  if (!dir) throw new Error(`netlab: ${SOURCES_ENV} is not set (a stand-in module runs only under netlab grade)`);
  const files: Record<string, string> = {};
  for (const rel of fs.readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    if (rel.endsWith(".js")) files[rel.split(path.sep).join("/")] = fs.readFileSync(path.join(dir, rel), "utf8");
  }
  cached = files;
  return files;
}

export function shownRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env[SHOWN_ENV] ?? "exercises";
}
