import { spawnSync } from "node:child_process";
import path from "node:path";

describe("knip (unused files, exports and dependencies)", () => {
  const root = path.resolve(__dirname, "..", "..");

  // About 2 s: knip parses with oxc, no type check. What it cannot see is explained in knip.ts.
  test("finds nothing that knip.ts does not explain", () => {
    const run = spawnSync(process.execPath, [path.join(root, "node_modules", "knip", "bin", "knip.js"), "--no-progress", "--no-config-hints"], { cwd: root, encoding: "utf8", timeout: 60_000 });
    expect({ status: run.status, findings: `${run.stdout}${run.stderr}`.trim() }).toEqual({ status: 0, findings: "" });
  }, 70_000);
});
