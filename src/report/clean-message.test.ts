import { cap, cleanMessage } from "./clean-message";

describe("cleanMessage: a failure message as the learner should read it", () => {
  test("no colours, no frames into netlab or node, grader paths shortened; the learner's own frames stay", () => {
    const raw = [
      "\u001b[31mError: boom\u001b[39m",
      "    at linkContainers (/tmp/netlab-grade-x/0-alice/exercises/ch3/link.ts:5:9)",
      "    at runBounded (/work/main/src/course/run-bounded.ts:22:3)",
      "    at node:internal/process/task_queues:95:5",
      "",
      "",
      "",
      "see /work/main/test/ch3/link.test.ts",
    ].join("\n");
    const text = cleanMessage(raw, { replace: [["/tmp/netlab-grade-x/0-alice/exercises", "exercises"], ["/work/main/", ""]] });
    expect(text).toBe("Error: boom\n    at linkContainers (exercises/ch3/link.ts:5:9)\n\nsee test/ch3/link.test.ts");
  });

  test("megabytes become a few thousand characters, saying how much was cut", () => {
    process.env.NETLAB_LANG = "en";
    const text = cleanMessage("x".repeat(3_000_000));
    expect(text.length).toBeLessThan(4100);
    expect(text).toMatch(/\[\.\.\. 2996000 more characters cut\]$/);
    expect(cap("short", 10)).toBe("short");
  });
});
