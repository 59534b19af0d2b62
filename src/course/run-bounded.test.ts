import { notYetDone } from "./not-yet-done";
import path from "node:path";
import { learnerFrames, notCounted, runBounded } from "./run-bounded";

describe("runBounded: learner code gets an outcome, whatever it does", () => {
  test("done, with its value", async () => {
    await expect(runBounded("ex", async () => 42, 1000)).resolves.toMatchObject({ status: "done", value: 42 });
  });

  test("an untouched stub: not yet done, with its todo", async () => {
    const outcome = await runBounded("ex", () => notYetDone("start c1"), 1000);
    expect(outcome).toMatchObject({ status: "not-done", message: "not yet done: start c1" });
  });

  test("a throw names the exercise and the error", async () => {
    const outcome = await runBounded("ch3-link", async () => {
      throw new TypeError("lab.runn is not a function");
    }, 1000);
    expect(outcome.status).toBe("threw");
    expect(outcome).toMatchObject({ message: expect.stringContaining("ch3-link") });
    expect(outcome).toMatchObject({ message: expect.stringContaining("lab.runn is not a function (TypeError)") });
  });

  test("a promise that never settles ends at the bound", async () => {
    const started = Date.now();
    const outcome = await runBounded("ex", () => new Promise(() => undefined), 200);
    expect(outcome.status).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(1000);
    expect(outcome).toMatchObject({ message: expect.stringContaining("did not finish within") });
  });

  test("netlab's own work inside the call (starting a sandbox) is not the learner's time", async () => {
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const excused = await runBounded("ex", async () => {
      await notCounted(() => wait(400));
      await wait(100);
      return "done in time";
    }, 300);
    expect(excused).toMatchObject({ status: "done", value: "done in time" });
    // The same wait counted as the learner's own still ends at the bound: the excuse is only netlab's work.
    const counted = await runBounded("ex", async () => {
      await wait(400);
      await wait(100);
    }, 300);
    expect(counted.status).toBe("timeout");
  });

  test("a thrown non-Error is still reported", async () => {
    const outcome = await runBounded("ex", () => {
      throw "just a string";
    }, 1000);
    expect(outcome).toMatchObject({ status: "threw", message: expect.stringContaining("just a string") });
  });

  test("a throw shows where it happened in the learner's code, not in netlab's or a package's", () => {
    const err = new TypeError("Cannot read properties of undefined (reading 'dev')");
    err.stack = [
      "TypeError: Cannot read properties of undefined (reading 'dev')",
      "    at findRoute (/course/exercises/ch2/host-reach.ts:12:17)",
      `    at runBounded (${path.resolve(__dirname, "run-bounded.ts")}:30:5)`,
      "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
      "    at Object.<anonymous> (/course/node_modules/jest-circus/build/index.js:1:1)",
    ].join("\n");
    expect(learnerFrames(err, "/course")).toBe("  at findRoute (exercises/ch2/host-reach.ts:12:17)");
    expect(learnerFrames("not an error")).toBe("");
  });
});
