import { isAlive, isOrphaned } from "./reaper";

describe("reaper: which runs are orphaned", () => {
  const now = Date.parse("2026-01-01T12:00:00Z");
  const owner = { runId: "abc123", pid: 4242, host: "here", created: now - 60_000 };

  test("a run of this host whose process is gone", () => {
    expect(isOrphaned(owner, "here", now, () => false)).toBe(true);
  });

  test("never a run of this host whose process lives", () => {
    expect(isOrphaned(owner, "here", now, () => true)).toBe(false);
  });

  test("a run of another host only when it is old", () => {
    expect(isOrphaned(owner, "elsewhere", now, () => false)).toBe(false);
    expect(isOrphaned({ ...owner, created: now - 13 * 3600_000 }, "elsewhere", now, () => false)).toBe(true);
  });

  test("this process is alive", () => {
    expect(isAlive(process.pid)).toBe(true);
  });
});
