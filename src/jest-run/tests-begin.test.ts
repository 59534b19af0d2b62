import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { EVENTS_ENV, EventTail } from "./events";

const root = path.resolve(__dirname, "..", "..");

describe("tests-begin: a graded test file says when its tests begin", () => {
  test("one testsBegin event per file, naming the file, written before the file's own hooks run", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-tests-begin-"));
    try {
      const events = path.join(dir, "events.jsonl");
      const marker = path.join(dir, "file-hook-ran");
      // The file's own beforeAll records whether the ready event was already there.
      fs.writeFileSync(
        path.join(dir, "a.test.js"),
        `const fs = require("node:fs");\nbeforeAll(() => fs.writeFileSync(${JSON.stringify(marker)}, fs.readFileSync(${JSON.stringify(events)}, "utf8")));\ntest("t", () => {});\n`,
      );
      fs.writeFileSync(events, "");
      const config = {
        rootDir: dir,
        testEnvironment: "node",
        transform: { "^.+\\.ts$": [require.resolve("ts-jest", { paths: [root] }), { diagnostics: false, tsconfig: path.join(root, "tsconfig.json") }] },
        setupFilesAfterEnv: [path.join(__dirname, "tests-begin.ts")],
        moduleDirectories: ["node_modules", path.join(root, "node_modules")],
      };
      const jest = require.resolve("jest/bin/jest", { paths: [root] });
      const run = spawnSync(process.execPath, [jest, "--config", JSON.stringify(config), "--ci", "--watchman=false"], {
        cwd: dir,
        env: { ...process.env, [EVENTS_ENV]: events },
        encoding: "utf8",
        timeout: 60_000,
      });
      // On a failure, jest's own words show why.
      expect({ status: run.status, stderr: run.status === 0 ? "" : run.stderr.slice(-2000) }).toEqual({ status: 0, stderr: "" });
      const ready = new EventTail(events).read();
      expect(ready).toEqual([{ type: "testsBegin", file: path.join(fs.realpathSync(dir), "a.test.js"), at: expect.any(Number) }]);
      expect(fs.readFileSync(marker, "utf8")).toContain(`"type":"testsBegin"`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 70_000);
});
