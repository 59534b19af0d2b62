import { sayWhenSlow } from "./say-when-slow";

describe("sayWhenSlow: a check that shows nothing new for 3 s says what it waits for", () => {
  beforeEach(() => {
    process.env.NETLAB_LANG = "en";
    jest.useFakeTimers();
  });
  afterEach(() => jest.useRealTimers());

  const step = () => {
    const said: string[] = [];
    return { said, step: { update: (text: string) => said.push(text), line: () => undefined, stop: () => undefined } };
  };

  test("nothing at rest: events that keep coming leave no line", () => {
    const { said, step: s } = step();
    const slow = sayWhenSlow(s, { isReady: true });
    for (const event of ["run", "fileStart", "testsBegin", "test", "test"]) {
      jest.advanceTimersByTime(1000);
      slow.saw(event);
    }
    slow.stop();
    expect(said).toEqual([]);
  });

  test("each slow phase is named once, then again every 10 s while it lasts", () => {
    const { said, step: s } = step();
    const runner = { isReady: false };
    const slow = sayWhenSlow(s, runner);
    jest.advanceTimersByTime(3000);
    expect(said).toEqual(["still loading jest, ts-jest and TypeScript (3 s so far)..."]);
    runner.isReady = true;
    jest.advanceTimersByTime(1000);
    expect(said[1]).toMatch(/^still starting the run/);
    slow.saw("fileStart");
    jest.advanceTimersByTime(3000);
    expect(said[2]).toMatch(/^still loading the test file/);
    jest.advanceTimersByTime(9000);
    expect(said).toHaveLength(3);
    jest.advanceTimersByTime(1000);
    expect(said[3]).toMatch(/^still loading the test file: .* \(\d+ s so far\)/);
    slow.saw("testsBegin");
    jest.advanceTimersByTime(3000);
    expect(said[4]).toMatch(/^still running your exercise on the engine/);
    slow.stop();
    jest.advanceTimersByTime(60_000);
    expect(said).toHaveLength(5);
  });
});
