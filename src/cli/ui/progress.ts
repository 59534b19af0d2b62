import { displayWidth } from "../../messages/display-width";

/** A long step shown while it runs: a spinner with the elapsed time on a terminal, two plain lines elsewhere. */
export interface Step {
  /** Changes the text after the spinner ("Building lab image ..."). */
  update(detail: string): void;
  /** Prints a line above the spinner (a test that finished). */
  line(text: string): void;
  /** Ends the step; the final line is the caller's to print. */
  stop(): void;
}

const FRAMES = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

export interface StepOutput {
  /** Writes a whole line (the command's stdout or stderr). */
  line: (text: string) => void;
  /** Raw terminal output for the spinner; absent when output is not a terminal. */
  tty?: NodeJS.WriteStream;
}

/** The terminal for spinners: stderr when it is one and the learner did not ask for plain output. */
export function spinnerStream(env: NodeJS.ProcessEnv = process.env): NodeJS.WriteStream | undefined {
  if (!process.stderr.isTTY || env.CI || env.NETLAB_PLAIN || env.TERM === "dumb") return undefined;
  return process.stderr;
}

export function startStep(label: string, out: StepOutput): Step {
  const started = Date.now();
  let detail = "";
  if (!out.tty) {
    out.line(label);
    return {
      update(next) {
        if (next && next !== detail) out.line(`  ${next}`);
        detail = next;
      },
      line: (text) => out.line(text),
      stop: () => undefined,
    };
  }
  const tty = out.tty;
  let frame = 0;
  const draw = () => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const text = `${FRAMES[frame++ % FRAMES.length]} ${label} ${seconds}s${detail ? ` · ${detail}` : ""}`;
    tty.write(`\r\x1b[2K${text.slice(0, Math.max(20, (tty.columns ?? 80) - 1))}`);
  };
  const timer = setInterval(draw, 100);
  draw();
  return {
    update(next) {
      detail = next;
      draw();
    },
    line(text) {
      tty.write("\r\x1b[2K");
      out.line(text);
      draw();
    },
    stop() {
      clearInterval(timer);
      tty.write("\r\x1b[2K");
    },
  };
}

/** [██████░░░░] for done out of total. */
export function bar(done: number, total: number, width = 20): string {
  const filled = total === 0 ? 0 : Math.round((done / total) * width);
  return `[${"█".repeat(filled)}${"░".repeat(width - filled)}]`;
}

/** Pads to a display width (for tables with Chinese titles). */
export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}
