import { withTimeout } from "./with-timeout";

describe("withTimeout (the one bound)", () => {
  test("work that ends in time gives its own result or error", async () => {
    await expect(withTimeout(Promise.resolve(7), 1000, () => "timeout" as const)).resolves.toBe(7);
    await expect(withTimeout(Promise.reject(new Error("refused")), 1000, () => "timeout" as const)).rejects.toThrow("refused");
  });

  test("work that does not end in time gives what onTimeout returns, or its error", async () => {
    const never = new Promise<number>(() => undefined);
    await expect(withTimeout(never, 10, () => "timeout" as const)).resolves.toBe("timeout");
    await expect(
      withTimeout(never, 10, () => {
        throw new Error("docker ps did not answer within 0.01s");
      }),
    ).rejects.toThrow("docker ps did not answer within 0.01s");
  });

  test("the timer is cleared once the work ends: nothing holds the process open", async () => {
    jest.useFakeTimers();
    try {
      const bounded = withTimeout(Promise.resolve("done"), 60_000, () => "timeout");
      await expect(bounded).resolves.toBe("done");
      expect(jest.getTimerCount()).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });
});
