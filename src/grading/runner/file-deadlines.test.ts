import { LOAD_BOUND_FACTOR, overdueFiles, type FileClock } from "./file-deadlines";

describe("overdueFiles: which test files the grader stops", () => {
  const timeout = 30_000;
  const clocks = (entries: Record<string, FileClock>) => new Map(Object.entries(entries));

  test("a file's time counts from when its tests began, not from when jest handed it out", () => {
    // Loaded slowly (20 s), then 15 s of tests: 35 s since start, 15 s since ready: not overdue.
    const slowLoad = clocks({ a: { startedAt: 0, readyAt: 20_000, done: false } });
    expect(overdueFiles(slowLoad, 35_000, timeout)).toEqual([]);
    expect(overdueFiles(slowLoad, 50_001, timeout)).toEqual(["a"]);
  });

  test("a file that never finishes loading is stopped too, after the load bound", () => {
    const loading = clocks({ a: { startedAt: 0, done: false } });
    expect(overdueFiles(loading, timeout + 1, timeout)).toEqual([]);
    expect(overdueFiles(loading, LOAD_BOUND_FACTOR * timeout + 1, timeout)).toEqual(["a"]);
  });

  test("finished files are never overdue; the margin takes files close to their deadline along", () => {
    const files = clocks({
      done: { startedAt: 0, readyAt: 0, done: true },
      late: { startedAt: 0, readyAt: 0, done: false },
      close: { startedAt: 0, readyAt: 2_000, done: false },
      fresh: { startedAt: 0, readyAt: 20_000, done: false },
    });
    expect(overdueFiles(files, 31_000, timeout)).toEqual(["late"]);
    expect(overdueFiles(files, 31_000, timeout, 3_000)).toEqual(["late", "close"]);
  });
});
