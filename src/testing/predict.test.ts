import { checkPrediction } from "./predict";

describe("checkPrediction", () => {
  // The texts below are the English ones, whatever the machine's locale.
  const saved = process.env.NETLAB_LANG;
  beforeAll(() => {
    process.env.NETLAB_LANG = "en";
  });
  afterAll(() => {
    process.env.NETLAB_LANG = saved;
  });
  const check = (answer: unknown) => () => checkPrediction("do both serve?", answer, true, "each has its own port 80.");

  test("unanswered (undefined) is not yet done", () => {
    expect(check(undefined)).toThrow('not yet done: answer "do both serve?" with true or false');
  });

  test.each([
    ["yes", '"yes" (a string)'],
    ["false", '"false" (a string)'],
    [1, "1 (a number)"],
    [null, "null (no value)"],
  ])("an answer that is not a boolean (%p) is named as what it is, not as not yet done", (answer, shown) => {
    expect(check(answer)).toThrow(`You answered: ${shown}, not true or false.`);
    expect(check(answer)).not.toThrow(/not yet done/);
  });

  test("a wrong boolean explains, a right one passes", () => {
    expect(check(false)).toThrow(/You said: no\nThe live engine showed: yes\nWhy: each has its own port 80\./);
    expect(check(true)).not.toThrow();
  });
});
