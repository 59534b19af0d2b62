import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { EventTail } from "./events";

describe("EventTail reads what the reporter appended since the last read", () => {
  test("whole lines only; a half-written line waits for its end", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "netlab-events-")), "events.jsonl");
    const tail = new EventTail(file);
    expect(tail.read()).toEqual([]);
    fs.writeFileSync(file, `${JSON.stringify({ type: "fileStart", file: "/a", at: 1 })}\n{"type":"file`);
    expect(tail.read()).toEqual([{ type: "fileStart", file: "/a", at: 1 }]);
    fs.appendFileSync(file, `Done","file":"/a","at":2,"tests":[]}\nnot json\n`);
    expect(tail.read()).toEqual([{ type: "fileDone", file: "/a", at: 2, tests: [] }]);
    expect(tail.read()).toEqual([]);
    fs.rmSync(path.dirname(file), { recursive: true });
  });
});
