import fs from "node:fs";

/** One test as the grading reporter saw it. */
export interface ReportedTest {
  ancestorTitles: string[];
  title: string;
  /** jest's status: passed, failed, pending, skipped, todo, disabled. */
  status: string;
  failureMessages: string[];
  durationMs: number;
}

/** One finished test file. */
export interface FileReport {
  file: string;
  /** Set when the file could not run at all (its import threw, its worker died). */
  execError?: string;
  tests: ReportedTest[];
}

export type GradingEvent =
  | { type: "run"; runId?: string; pid: number; at: number }
  | { type: "start"; file: string; at: number }
  /** Written by the grading guard inside the test file's worker: its tests begin now. */
  | { type: "ready"; file: string; at: number }
  | ({ type: "result"; at: number } & FileReport);

/** Reads the events a jest run has appended since the last call (whole lines only). */
export class EventTail {
  private offset = 0;
  private partial = "";

  constructor(private readonly file: string) {}

  read(): GradingEvent[] {
    let text: string;
    try {
      const fd = fs.openSync(this.file, "r");
      try {
        const size = fs.fstatSync(fd).size;
        if (size <= this.offset) return [];
        const buffer = Buffer.alloc(size - this.offset);
        fs.readSync(fd, buffer, 0, buffer.length, this.offset);
        this.offset = size;
        text = this.partial + buffer.toString("utf8");
      } finally {
        fs.closeSync(fd);
      }
    } catch {
      return [];
    }
    const lines = text.split("\n");
    this.partial = lines.pop() ?? "";
    return lines.filter((l) => l.trim()).flatMap((l) => {
      try {
        return [JSON.parse(l) as GradingEvent];
      } catch {
        return [];
      }
    });
  }
}
