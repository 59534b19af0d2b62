import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { EventTail } from "./jest-events";

describe("EventTail reads what the grading reporter appended since the last read", () => {
  test("whole lines only; a half-written line waits for its end", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "netlab-events-")), "events.jsonl");
    const tail = new EventTail(file);
    expect(tail.read()).toEqual([]);
    fs.writeFileSync(file, `${JSON.stringify({ type: "start", file: "/a", at: 1 })}\n{"type":"res`);
    expect(tail.read()).toEqual([{ type: "start", file: "/a", at: 1 }]);
    fs.appendFileSync(file, `ult","file":"/a","at":2,"tests":[]}\nnot json\n`);
    expect(tail.read()).toEqual([{ type: "result", file: "/a", at: 2, tests: [] }]);
    expect(tail.read()).toEqual([]);
    fs.rmSync(path.dirname(file), { recursive: true });
  });
});
