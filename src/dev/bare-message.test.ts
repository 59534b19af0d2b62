import { failureText } from "../matchers/failure-text";
import { t } from "../messages/translate";
import { bareReasons } from "./bare-message";

const teaching = failureText({ hint: "docker port web 80", expected: "published on 8080", received: "not published", why: "because", next: "publish it" });

describe("bareReasons: which failures teach", () => {
  test("netlab's Expected/Received/Why/Try failure teaches, after jest's Error: framing and with stack frames", () => {
    expect(bareReasons(teaching)).toEqual([]);
    expect(bareReasons(`Error: ${teaching}\n    at Object.<anonymous> (/p/test/ch1/port-mapping.test.ts:9:5)`)).toEqual([]);
  });

  test("a prediction's verdict teaches without a Try line; a netlab error with Why and Try does too", () => {
    expect(bareReasons(t("predictionWrong", { question: "q?", predicted: "yes", observed: "no", why: "because" }))).toEqual([]);
    expect(bareReasons(t("noSuchContainer", { name: "c2", known: "c1" }))).toEqual([]);
  });

  test("jest's diff of a plain matcher is bare", () => {
    const diff = "Error: expect(received).toBe(expected) // Object.is equality\n\nExpected: \"bridge\"\nReceived: \"host\"\n    at x (/p/t.ts:1:1)";
    expect(bareReasons(diff)).toEqual(expect.arrayContaining([expect.stringContaining("plain jest matcher"), "no Why: line", "no Try: line"]));
  });

  test("a raw engine error and an error class in front of the text are bare, Why and Try or not", () => {
    expect(bareReasons(`(HTTP code 409) unexpected - Container abc is not running\n${teaching}`)).toEqual([expect.stringContaining("raw engine error")]);
    expect(bareReasons(`NetlabError: ${teaching}`)).toEqual([expect.stringContaining("NetlabError")]);
    expect(bareReasons(`Your code threw an error: TypeError: x is not a function\n${teaching}`)).toEqual([expect.stringContaining("TypeError")]);
  });

  test("Chinese labels count as Why and Try", () => {
    const saved = process.env.NETLAB_LANG;
    process.env.NETLAB_LANG = "zh";
    try {
      expect(bareReasons(failureText({ hint: "h", expected: "e", received: "r", why: "w", next: "n" }))).toEqual([]);
    } finally {
      process.env.NETLAB_LANG = saved;
    }
  });
});
