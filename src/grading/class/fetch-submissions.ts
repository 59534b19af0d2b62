import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { t } from "../../messages/translate";
import { csvCell } from "../../report/gradebook-csv";
import { repositoryUrl, type RosterEntry } from "./roster";
import { inPool } from "../../async/in-pool";

const run = promisify(execFile);

export interface FetchOptions {
  /** Each submission goes to into/<student> (replaced if there). */
  into: string;
  /** Each git command is stopped after this long. */
  timeoutSeconds: number;
  /** Repositories fetched at the same time. */
  jobs: number;
  /** A read-only token for https://github.com (sent as a header, never on a command line). */
  token?: string;
}

export interface Fetched {
  student: string;
  /** The commit checked out; undefined when the fetch failed. */
  commit?: string;
  error?: string;
}

/**
 * The environment of every git command: never prompts (a missing credential fails at once), speaks
 * only https and file (no ext::, no ssh hosts to trust), and carries the token in config from the
 * environment, where `ps` does not show it.
 */
function gitEnv(token?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_ALLOW_PROTOCOL: "https:file", GIT_CONFIG_NOSYSTEM: "1" };
  if (token) {
    const basic = Buffer.from(`x-access-token:${token}`).toString("base64");
    Object.assign(env, { GIT_CONFIG_COUNT: "1", GIT_CONFIG_KEY_0: "http.https://github.com/.extraheader", GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}` });
  }
  return env;
}

/**
 * One submission at its commit: a commit is fetched alone (depth 1); a deadline takes the history
 * without file contents (--filter=blob:none) to find the last commit on the default branch made
 * before it, then checks that one out. The .git folder is removed: the grader takes files only.
 * No code of the repository runs (git runs no hooks of a clone).
 */
async function fetchSubmission(entry: RosterEntry, options: FetchOptions): Promise<Fetched> {
  const dir = path.join(options.into, entry.student);
  const url = repositoryUrl(entry.repository);
  const git = async (args: string[], cwd?: string) =>
    (await run("git", args, { cwd, env: gitEnv(options.token), timeout: options.timeoutSeconds * 1000, killSignal: "SIGKILL", maxBuffer: 1 << 20 })).stdout.trim();
  fs.rmSync(dir, { recursive: true, force: true });
  try {
    let commit = entry.commit;
    if (commit) {
      await git(["init", "-q", dir]);
      await git(["fetch", "-q", "--depth", "1", url, commit], dir);
    } else {
      await git(["clone", "-q", "--filter=blob:none", "--no-checkout", url, dir]);
      const before = Math.floor(Date.parse(entry.deadline as string) / 1000);
      commit = await git(["rev-list", "-1", "--first-parent", `--before=@${before}`, "HEAD"], dir);
      if (!commit) throw new Error(t("rosterNoCommitBefore", { deadline: entry.deadline as string }));
    }
    await git(["-c", "advice.detachedHead=false", "checkout", "-q", "--detach", commit], dir);
    const head = await git(["rev-parse", "HEAD"], dir);
    fs.rmSync(path.join(dir, ".git"), { recursive: true, force: true });
    return { student: entry.student, commit: head };
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    const e = err as { stderr?: string; killed?: boolean; message?: string };
    const detail = e.killed ? t("rosterFetchTimeout", { seconds: options.timeoutSeconds }) : (e.stderr?.trim() || e.message || String(err)).split("\n").filter((l) => l.trim() !== "").slice(0, 3).join("\n");
    return { student: entry.student, error: detail };
  }
}

/** Fetches every entry, `jobs` at a time; writes into/.fetched.csv (a dot-file: `grade into/*` does not take it for a submission) (student, repository, commit, error). */
export async function fetchSubmissions(entries: RosterEntry[], options: FetchOptions, onDone?: (f: Fetched) => void): Promise<Fetched[]> {
  fs.mkdirSync(options.into, { recursive: true });
  const results = await inPool(entries, options.jobs, async (entry) => {
    const fetched = await fetchSubmission(entry, options);
    onDone?.(fetched);
    return fetched;
  });
  const rows = [["student", "repository", "commit", "error"], ...results.map((r, i) => [r.student, entries[i]?.repository ?? "", r.commit ?? "", r.error ?? ""])];
  fs.writeFileSync(path.join(options.into, ".fetched.csv"), `${rows.map((r) => r.map(csvCell).join(",")).join("\n")}\n`);
  return results;
}
