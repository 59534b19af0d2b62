import fs from "node:fs";
import path from "node:path";
import { cycles, isProduction, readImports, topFolder } from "./import-graph";
import { foreignTypes } from "./foreign-types";

/**
 * The layering of src/, read from the import lines: maintainers' tooling (src/dev) is used by no
 * production module, top-level folders of src/ do not import each other in a circle, test support
 * does not load the CLI, and the public entry point shows only netlab's own types. Tests and test
 * helpers beside the code are maintainers' tooling too (as test/ and scripts/ are): they may use src/dev.
 */
describe("layers", () => {
  const root = path.resolve(__dirname, "..", "..");
  const edges = readImports(root, ["src", "test", "scripts", "bin"]);
  const production = edges.filter((e) => e.from.startsWith("src/") && e.to.startsWith("src/") && isProduction(e.from));

  test("the graph is read (a broken reader would pass every rule below)", () => {
    expect(production.length).toBeGreaterThan(300);
    expect(production).toContainEqual({ from: "src/index.ts", to: "src/lab/lab.ts" });
    expect(edges).toContainEqual({ from: "src/cli/heavy.ts", to: "src/runtime/engine.ts" });
  });

  test("no production module outside src/dev imports src/dev", () => {
    expect(production.filter((e) => topFolder(e.from) !== "dev" && topFolder(e.to) === "dev")).toEqual([]);
  });

  test("the top-level folders of src/ import each other one way only", () => {
    const between = production.map((e) => [topFolder(e.from), topFolder(e.to)] as [string, string]).filter(([a, b]) => a !== b);
    expect(cycles(between)).toEqual([]);
  });

  test("test support does not load the CLI", () => {
    expect(edges.filter((e) => e.from.startsWith("test/support/") && e.to.startsWith("src/cli/"))).toEqual([]);
  });

  test("a command's messages file belongs to the messages layer, and imports nothing but its entry helper", () => {
    expect(topFolder("src/cli/commands/grade/messages.ts")).toBe("messages");
    expect(topFolder("src/cli/commands/grade/index.ts")).toBe("cli");
    const fromCommandMessages = edges.filter((e) => /^src\/cli\/commands\/[^/]+\/messages\.ts$/.test(e.from));
    expect(fromCommandMessages.length).toBeGreaterThan(0);
    expect(fromCommandMessages.filter((e) => e.to !== "src/messages/entry.ts")).toEqual([]);
  });

  test("jest is started in one place: src/jest-run (the bench times the commands people type, as they type them)", () => {
    const starts = /jest\/bin\/jest|\.bin\/jest|bin\("jest"\)|\brunCLI\b|"jest-cli"/;
    const files = ["src", "scripts", "bin", "test"].flatMap((dir) =>
      fs.readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" }).map((rel) => path.posix.join(dir, rel.split(path.sep).join("/"))),
    );
    const starting = files.filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.endsWith(".test.ts") && starts.test(fs.readFileSync(path.join(root, f), "utf8")));
    expect(starting.filter((f) => !f.startsWith("src/jest-run/") && f !== "scripts/bench/suite.ts")).toEqual([]);
    expect(starting).toContain("src/jest-run/jest-process.js");
  });

  test("signals are handled in one place: src/async/on-interrupt.ts", () => {
    const hooks = /process\.(on|once|addListener)\(\s*(["'`]SIG|signal\b)/;
    const files = ["src", "scripts", "bin"].flatMap((dir) =>
      fs.readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" }).map((rel) => path.posix.join(dir, rel.split(path.sep).join("/"))),
    );
    const hooking = files.filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.endsWith(".test.ts") && hooks.test(fs.readFileSync(path.join(root, f), "utf8")));
    expect(hooking).toEqual(["src/async/on-interrupt.ts"]);
  });

  test("the cycle finder finds a cycle", () => {
    expect(cycles([["a", "b"], ["b", "c"], ["c", "a"], ["c", "d"]])).toEqual([["a", "b", "c", "a"]]);
  });

  test("src/index.ts shows no other package's type, but docker inspect's data", () => {
    // `inspect()` gives the engine's own answer to `docker inspect`: data the course teaches learners
    // to read, with no calls on it. Anything else (a testcontainers or dockerode object) would let
    // learner code reach past the Lab's bounds.
    expect(foreignTypes(path.join(root, "src", "index.ts"), ["ContainerInspectInfo", "NetworkInspectInfo"])).toEqual([]);
  }, 30_000);
});
