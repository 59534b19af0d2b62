import fs from "node:fs";
import path from "node:path";
import { loadCatalogue } from "../../src/course/catalogue";
import { netlab, scratchProject } from "./support/scratch-project";

const link = loadCatalogue().exercises.find((e) => e.id === "ch3-link");
const hints = link?.hints ?? [];

describe("netlab hint <id>", () => {
  const project = scratchProject();
  afterAll(() => project.remove());

  test("gentlest first: each call shows the next hint, the last one stays and points to explore", async () => {
    const first = await netlab(["hint", "ch3-link"], { cwd: project.root });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Hint 1 of ${hints.length}:`);
    expect(first.stdout).toContain(hints[0]?.en ?? "?");
    expect(first.stdout).toContain("No check of your code yet");
    const second = await netlab(["hint", "ch3-link"], { cwd: project.root });
    expect(second.stdout).toContain(`Hint 2 of ${hints.length}:`);
    expect(second.stdout).toContain(hints[1]?.en ?? "?");
    const again = await netlab(["hint", "ch3-link"], { cwd: project.root });
    expect(again.stdout).toContain(`Hint ${hints.length} of ${hints.length}:`);
    expect(again.stdout).toContain("npx netlab explore ch3-link");
  });

  test("--all shows every hint, in Chinese with NETLAB_LANG=zh", async () => {
    const r = await netlab(["hint", "ch3-link", "--all"], { cwd: project.root, env: { NETLAB_LANG: "zh" } });
    expect(r.code).toBe(0);
    for (const h of hints) expect(r.stdout).toContain(h.zh);
    expect(r.stdout).toContain(`提示 1/${hints.length}：`);
  });

  test("a hint from what the last check saw (the untouched stub: what notYetDone still asks for)", async () => {
    const state = {
      version: 1,
      exercises: {
        "ch3-user-network": {
          status: "pending",
          lastCheck: {
            at: new Date(Date.now() - 5 * 60_000).toISOString(),
            passed: 0,
            total: 4,
            // As the check records it: the text shown, and the message as data (what the hint reads).
            failures: [
              {
                test: "c1 and c2 reach each other by name, both ways",
                message: 'not yet done: create "diynetwork" with subnet 10.9.8.0/24',
                facts: { message: { key: "notYetDone", params: { todo: 'create "diynetwork" with subnet 10.9.8.0/24' } } },
              },
            ],
          },
        },
      },
    };
    fs.mkdirSync(path.join(project.root, ".netlab"), { recursive: true });
    fs.writeFileSync(path.join(project.root, ".netlab", "progress.json"), JSON.stringify(state));
    const r = await netlab(["hint", "user-network"], { cwd: project.root });
    expect(r.stdout).toContain("What your last check saw (5 min ago, 0/4 passing):");
    expect(r.stdout).toContain('Your code still stops at notYetDone(...) in exercises/ch3/user-network.ts: create "diynetwork" with subnet 10.9.8.0/24.');
  });

  test("an unknown exercise: exit 2", async () => {
    expect((await netlab(["hint", "nope"], { cwd: project.root })).code).toBe(2);
  });
});
