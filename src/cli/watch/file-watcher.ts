import fs from "node:fs";
import path from "node:path";

export type FallbackReason = { why: "wsl-mount" } | { why: "no-events" } | { why: "watch-error"; error: string };

export interface WatchOptions {
  /** Poll from the start (--poll). */
  poll?: boolean;
  /** How often polling looks at the file. */
  pollMs?: number;
  /** How often event mode checks that a change did come with an event. */
  verifyMs?: number;
  /** false: do not subscribe to change events at all (NETLAB_WATCH_EVENTS=off simulates a drive without them). */
  events?: boolean;
  /** Told once, when the watcher turns to polling by itself. */
  onFallback?: (reason: FallbackReason) => void;
}

/** What changes when a file is saved: modification time and size ("missing" while an editor swaps it). */
function signature(file: string): string {
  try {
    const stat = fs.statSync(file);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return "missing";
  }
}

/** WSL2 sees Windows drives under /mnt/<letter> through a filesystem that sends no change events. */
export function isWslMount(file: string, procVersion = "/proc/version"): boolean {
  if (process.platform !== "linux" || !/^\/mnt\/[a-z]\//i.test(path.resolve(file))) return false;
  try {
    return /microsoft/i.test(fs.readFileSync(procVersion, "utf8"));
  } catch {
    return false;
  }
}

/**
 * Calls onChange after each save of one file. Change events (fs.watch on its folder, so that editors
 * that save by renaming are seen too) where they arrive; polling where they do not: from the start
 * with --poll or on a WSL2 /mnt drive, and as a fallback when a save is seen without an event.
 */
export class FileWatcher {
  mode: "events" | "poll" = "events";
  private last: string;
  private watcher?: fs.FSWatcher;
  private timers: NodeJS.Timeout[] = [];
  private debounce?: NodeJS.Timeout;
  private unseenSince?: number;
  private closed = false;

  constructor(
    readonly file: string,
    private readonly onChange: () => void,
    private readonly options: WatchOptions = {},
  ) {
    this.last = signature(file);
    if (options.poll) this.startPolling();
    else if (isWslMount(file)) this.fallBack({ why: "wsl-mount" });
    else this.startEvents();
  }

  close(): void {
    this.closed = true;
    this.watcher?.close();
    for (const timer of this.timers) clearInterval(timer);
    clearTimeout(this.debounce);
  }

  private startEvents(): void {
    if (this.options.events !== false) {
      try {
        this.watcher = fs.watch(path.dirname(this.file), (_event, name) => {
          if (name && name.toString() !== path.basename(this.file)) return;
          clearTimeout(this.debounce);
          // Editors write in several steps (truncate, write, chmod, rename): act once they are done.
          this.debounce = setTimeout(() => this.look(), 30);
        });
        this.watcher.on("error", (err) => this.fallBack({ why: "watch-error", error: err.message }));
      } catch (err) {
        this.fallBack({ why: "watch-error", error: err instanceof Error ? err.message : String(err) });
        return;
      }
    }
    // A save that no event reported within a moment means events do not arrive here.
    const verifyMs = this.options.verifyMs ?? 400;
    this.timers.push(
      setInterval(() => {
        if (this.mode !== "events" || signature(this.file) === this.last) {
          this.unseenSince = undefined;
          return;
        }
        this.unseenSince ??= Date.now();
        if (Date.now() - this.unseenSince >= verifyMs / 2) this.fallBack({ why: "no-events" });
      }, verifyMs),
    );
  }

  private fallBack(reason: FallbackReason): void {
    if (this.closed || this.mode === "poll") return;
    this.watcher?.close();
    this.watcher = undefined;
    this.options.onFallback?.(reason);
    this.startPolling();
    this.look();
  }

  private startPolling(): void {
    this.mode = "poll";
    this.timers.push(setInterval(() => this.look(), this.options.pollMs ?? 200));
  }

  private look(): void {
    if (this.closed) return;
    const now = signature(this.file);
    if (now === this.last || now === "missing") return;
    this.last = now;
    this.unseenSince = undefined;
    this.onChange();
  }
}
