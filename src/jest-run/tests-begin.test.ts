import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startJest } from "./start-jest";

const root = path.resolve(__dirname, "..", "..");

describe("tests-begin: a graded test file says when its tests begin", () => {
  test("one testsBegin event per file, naming the file, after jest handed it out and before the file's own hooks run", async () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "netlab-tests-begin-")));
    try {
      fs.symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
      const events = path.join(dir, "events.jsonl");
      const marker = path.join(dir, "file-hook-ran");
      // The file's own beforeAll records whether the testsBegin event was already there.
      fs.writeFileSync(
        path.join(dir, "a.test.js"),
        `const fs = require("node:fs");\nbeforeAll(() => fs.writeFileSync(${JSON.stringify(marker)}, fs.readFileSync(${JSON.stringify(events)}, "utf8")));\ntest("t", () => {});\n`,
      );
      const config = {
        rootDir: dir,
        testEnvironment: "node",
        transform: { "^.+\\.ts$": [require.resolve("ts-jest", { paths: [root] }), { diagnostics: false, tsconfig: path.join(root, "tsconfig.json") }] },
        setupFilesAfterEnv: [path.join(__dirname, "tests-begin.ts")],
      };
      const run = startJest({ root: dir, args: ["--config", JSON.stringify(config), "--ci", "--watchman=false"], eventsFile: events });
      const timer = setTimeout(() => run.kill(), 60_000);
      const end = await run.ended;
      clearTimeout(timer);
      // On a failure, jest's own words show why.
      expect({ code: end.code, output: end.code === 0 ? "" : end.output.slice(-2000) }).toEqual({ code: 0, output: "" });
      const file = path.join(dir, "a.test.js");
      expect(end.events.filter((e) => e.type === "testsBegin")).toEqual([{ type: "testsBegin", file, at: expect.any(Number) }]);
      expect(end.events.map((e) => e.type)).toEqual(["run", "fileStart", "testsBegin", "test", "fileDone"]);
      expect(fs.readFileSync(marker, "utf8")).toContain(`"type":"testsBegin"`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 70_000);
});
