import { onInterrupt } from "./on-interrupt";

describe("onInterrupt", () => {
  let exit: jest.SpyInstance;
  const releases: Array<() => void> = [];
  const hook = (...args: Parameters<typeof onInterrupt>) => releases.push(onInterrupt(...args));
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  beforeEach(() => {
    exit = jest.spyOn(process, "exit").mockImplementation((() => undefined) as never);
  });
  afterEach(() => {
    for (const release of releases.splice(0)) release();
    exit.mockRestore();
    jest.useRealTimers();
  });

  test("the first signal calls stop in its own turn, then ends with 130 once stop has settled", async () => {
    let finish = () => {};
    const stop = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    hook(stop);
    process.emit("SIGTERM", "SIGTERM");
    expect(stop).toHaveBeenCalledWith("SIGTERM");
    await settle();
    expect(exit).not.toHaveBeenCalled();
    finish();
    await settle();
    expect(exit).toHaveBeenCalledWith(130);
  });

  test("with exit: false the program goes on; a second signal ends it at once", async () => {
    const stop = jest.fn();
    hook(stop, { exit: false });
    process.emit("SIGINT", "SIGINT");
    await settle();
    expect(stop).toHaveBeenCalledTimes(1);
    expect(exit).not.toHaveBeenCalled();
    process.emit("SIGINT", "SIGINT");
    expect(stop).toHaveBeenCalledTimes(1);
    expect(exit).toHaveBeenCalledWith(130);
  });

  test("other signals and exit codes: a jest run's reaper takes SIGHUP too and ends with 128 + the signal's number", async () => {
    const stop = jest.fn();
    hook(stop, { signals: ["SIGHUP"], exitCode: (signal) => (signal === "SIGINT" ? 130 : 129) });
    process.emit("SIGHUP", "SIGHUP");
    await settle();
    expect(stop).toHaveBeenCalledWith("SIGHUP");
    expect(exit).toHaveBeenCalledWith(129);
  });

  test("a bound ends the process when stop (or the program) takes longer", () => {
    jest.useFakeTimers();
    hook(() => new Promise(() => undefined), { boundMs: 1000 });
    process.emit("SIGINT", "SIGINT");
    jest.advanceTimersByTime(999);
    expect(exit).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(exit).toHaveBeenCalledWith(130);
  });

  test("a stop that throws still ends the process; released handlers no longer listen", async () => {
    hook(() => {
      throw new Error("cleanup failed");
    });
    process.emit("SIGINT", "SIGINT");
    await settle();
    expect(exit).toHaveBeenCalledWith(130);
    const stop = jest.fn();
    onInterrupt(stop)();
    for (const release of releases.splice(0)) release();
    process.emit("SIGINT", "SIGINT");
    expect(stop).not.toHaveBeenCalled();
  });
});
