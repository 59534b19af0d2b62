import { startSandboxContainer, type SandboxContainer } from "../runtime/sandbox-container";
import { imageCarriesProgram, sandboxProgram } from "../runtime/sandbox-image";
import type { LabGate } from "./lab-gate";

/** What the sandbox says about a thrown error: data only. */
export interface ThrownData {
  name?: string;
  message?: string;
  stack?: string;
  netlab?: { key: string; params: Record<string, unknown> };
  notYetDone?: string;
}

export type Data = { undefined: true } | { json: string };

/** How one request to the sandbox ended. */
export type SandboxAnswer =
  | { kind: "described"; functions: string[]; values: Record<string, Data> }
  | { kind: "returned"; value: Data }
  | { kind: "threw"; error: ThrownData }
  /** The learner's code called process.exit (the call is what it said: "process.exit(1)"). */
  | { kind: "exit"; call: string }
  /** The sandbox ended by itself (out of memory, killed): its exit code. */
  | { kind: "ended"; code: number }
  /** The sandbox stopped answering while busy: a synchronous loop that never yields (for (;;) {}). */
  | { kind: "blocked"; seconds: number }
  | { kind: "timeout" };

type Message = { type: string; [key: string]: unknown };

/** The learner's output kept for a message (the rest is read and dropped). */
const OUTPUT_KEPT = 16 * 1024;
/** A sandbox that answers no ping for this long is in a loop that never yields (NETLAB_LOOP_GUARD_MS, as the in-process guard). */
const BLOCKED_MS = Number(process.env.NETLAB_LOOP_GUARD_MS ?? 8_000);

/**
 * One sandbox container and its channel. Requests are answered one at a time (the sandbox runs one
 * module load or one exercise call); Lab requests met meanwhile go through the gate.
 */
export class SandboxSession {
  private buffered = "";
  private waiter?: (answer: SandboxAnswer) => void;
  private gate?: LabGate;
  private ended?: number;
  private lastPong = Date.now();
  private exitCall?: string;
  /** The first of the learner's output, for messages. */
  output = "";

  private constructor(private readonly container: SandboxContainer) {
    container.output.setEncoding("utf8");
    container.output.on("data", (chunk: string) => this.read(chunk));
    container.errors.on("data", (chunk: Buffer) => {
      if (this.output.length < OUTPUT_KEPT) this.output += chunk.toString("utf8").slice(0, OUTPUT_KEPT - this.output.length);
    });
    void container.exited.then((code) => {
      this.ended = code;
      this.finish(this.exitCall !== undefined ? { kind: "exit", call: this.exitCall } : { kind: "ended", code });
    });
  }

  static async start(image: string, name: string, labels: Record<string, string>, files: Record<string, string>, timeoutMs: number): Promise<SandboxSession> {
    const program = (await imageCarriesProgram(image)) ? undefined : sandboxProgram();
    const session = new SandboxSession(await startSandboxContainer(image, name, labels, program));
    const ready = await session.ask({ type: "init", files }, timeoutMs);
    if (ready.kind !== "returned") {
      await session.close();
      throw new Error(`netlab: the grading sandbox did not start (${ready.kind}${ready.kind === "ended" ? ` ${ready.code}` : ""}): ${session.output.slice(0, 400)}`);
    }
    return session;
  }

  /** Loads one module and says what it exports: function names, and values as data. */
  describe(module: string, timeoutMs: number): Promise<SandboxAnswer> {
    return this.ask({ type: "describe", module }, timeoutMs);
  }

  /** Calls an exported function with the Lab (through the gate) and data arguments. */
  call(module: string, exportName: string, args: Array<{ lab: true } | Data>, gate: LabGate, timeoutMs: number): Promise<SandboxAnswer> {
    this.gate = gate;
    return this.ask({ type: "call", module, export: exportName, args }, timeoutMs);
  }

  /** docker rm -f: the sandbox and everything it started. */
  close(): Promise<void> {
    this.container.input.end();
    return this.container.remove();
  }

  private ask(message: Message, timeoutMs: number): Promise<SandboxAnswer> {
    if (this.ended !== undefined) return Promise.resolve({ kind: "ended", code: this.ended });
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.finish({ kind: "timeout" }), timeoutMs);
      // A heartbeat: the sandbox answers pings whenever its event loop is free, also while it awaits.
      this.lastPong = Date.now();
      const heartbeat = setInterval(() => {
        if (Date.now() - this.lastPong > BLOCKED_MS) this.finish({ kind: "blocked", seconds: Math.round(BLOCKED_MS / 1000) });
        else this.container.input.write(`${JSON.stringify({ type: "ping" })}\n`);
      }, 1000);
      this.waiter = (answer) => {
        clearTimeout(timer);
        clearInterval(heartbeat);
        resolve(answer);
      };
      this.container.input.write(`${JSON.stringify(message)}\n`);
    });
  }

  private finish(answer: SandboxAnswer): void {
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.(answer);
  }

  private read(chunk: string): void {
    this.buffered += chunk;
    // A learner cannot flood the channel past this: stdout is the sandbox program's alone, but be safe.
    if (this.buffered.length > 16 * 1024 * 1024) this.buffered = "";
    let newline: number;
    while ((newline = this.buffered.indexOf("\n")) >= 0) {
      const line = this.buffered.slice(0, newline);
      this.buffered = this.buffered.slice(newline + 1);
      let message: Message;
      try {
        message = JSON.parse(line) as Message;
      } catch {
        continue;
      }
      this.dispatch(message);
    }
  }

  private dispatch(m: Message): void {
    if (m.type === "pong") this.lastPong = Date.now();
    else if (m.type === "ready") this.finish({ kind: "returned", value: { undefined: true } });
    else if (m.type === "described") {
      if (m.threw) this.finish({ kind: "threw", error: m.threw as ThrownData });
      else this.finish({ kind: "described", functions: (m.functions as string[]) ?? [], values: (m.values as Record<string, Data>) ?? {} });
    } else if (m.type === "returned") this.finish({ kind: "returned", value: m.value as Data });
    else if (m.type === "threw") this.finish({ kind: "threw", error: m.error as ThrownData });
    else if (m.type === "exit") this.exitCall = String(m.call);
    else if (m.type === "lab") void this.serve(m);
  }

  private async serve(m: Message): Promise<void> {
    const id = m.id;
    try {
      if (!this.gate) throw new Error("netlab: no Lab in this sandbox call");
      const value = await this.gate.perform({ method: String(m.method), args: m.args as unknown[] });
      this.container.input.write(`${JSON.stringify({ type: "labResult", id, value: value === undefined ? null : value })}\n`);
    } catch (err) {
      const e = err as { key?: string; params?: Record<string, unknown>; message?: string };
      this.container.input.write(`${JSON.stringify({ type: "labError", id, error: { key: e.key, params: e.params, message: e.message ?? String(err) } })}\n`);
    }
  }
}
