import { loadCatalogue, type Exercise } from "../../course/catalogue";
import { addressMessage } from "../../matchers/to-have-address-in";
import { reachMessage } from "../../matchers/to-reach";
import { resolveMessage } from "../../matchers/to-resolve";
import { t } from "../../messages/translate";
import type { Language } from "../../messages/language";
import { matcherCall, matchMessage } from "./message-pattern";
import path from "node:path";
import { planTests } from "../../grading/test-plan";
import { hintFor, stateHints } from "./state-hints";
import { STATE_RULES } from "./state-rules";

const course = loadCatalogue();
const exercise = (id: string) => course.exercises.find((e) => e.id === id) as Exercise;
const link = exercise("ch3-link");
const bridge = exercise("ch3-default-bridge");

/** What jest stores for a failed matcher: "Error: " + the message + stack frames. */
const failed = (message: string) => `Error: ${message}\n    at Object.<anonymous> (/p/test/ch3/link.test.ts:9:5)`;

function withLanguage<T>(lang: Language, render: () => T): T {
  const saved = process.env.NETLAB_LANG;
  process.env.NETLAB_LANG = lang;
  try {
    return render();
  } finally {
    process.env.NETLAB_LANG = saved;
  }
}

describe("message patterns: a catalogue entry found inside a longer text, in either language", () => {
  test.each(["en", "zh"] as const)("captures the parameters (%s)", (lang) => {
    const text = withLanguage(lang, () => failed(reachMessage({ from: "c2", target: "c1", resolved: false, replied: false, output: "" }, false)));
    expect(matchMessage("seenUnresolved", text)).toEqual({ from: "c2", target: "c1" });
    expect(matchMessage("seenNoReply", text)).toBeUndefined();
  });

  test("a parameter at the start of an entry does not swallow the label before it", () => {
    const text = failed(reachMessage({ from: "c3", target: "c1", resolved: true, address: "172.17.0.2", replied: false, output: "" }, false));
    expect(matchMessage("seenNoReply", text)).toMatchObject({ target: "c1", address: "172.17.0.2" });
  });

  test("a fixed parameter picks the branch of an entry", () => {
    const text = failed(resolveMessage({ from: "c2", name: "c1", address: "172.17.0.2", source: "hosts" }, true));
    expect(matchMessage("seenResolved", text, { source: "hosts" })).toMatchObject({ name: "c1", address: "172.17.0.2" });
    expect(matchMessage("seenResolved", text, { source: "dns" })).toBeUndefined();
  });

  test("the matcher call is read from the first line", () => {
    expect(matcherCall('expect(c1).not.toResolve("c2")\n\nExpected: ...')).toEqual({ subject: "c1", not: true, matcher: "toResolve", arg: "c2" });
    expect(matcherCall("expect(received).toBeDefined()")).toBeUndefined();
  });
});

describe("hints from what the last check saw", () => {
  test("c2 did not resolve c1 (the check ran in Chinese, the hint is read in English)", () => {
    const message = withLanguage("zh", () => failed(reachMessage({ from: "c2", target: "c1", resolved: false, replied: false, output: "" }, false)));
    const hint = withLanguage("en", () => hintFor(link, { test: "c2 reaches c1 by name", message }));
    expect(hint).toContain("c2's /etc/hosts has no entry for c1");
    expect(hint).toContain('links: ["c1"]');
  });

  test("the failed /etc/hosts check of ch3-link says: did you pass a link?", () => {
    const hint = withLanguage("en", () => hintFor(link, { test: "c2's /etc/hosts holds c1 with c1's address", message: "expect(received).toBeDefined()\n\nReceived: undefined" }));
    expect(hint).toBe(withLanguage("en", () => t("cliStateLinkHosts", {})));
    expect(hint).toMatch(/^c2's \/etc\/hosts has no entry for c1: did you pass a link\?/);
  });

  test("a name that resolves where it must not: from /etc/hosts means a link, from DNS a shared network", () => {
    const hosts = failed(resolveMessage({ from: "c2", name: "c1", address: "172.17.0.2", source: "hosts" }, true));
    const dns = failed(resolveMessage({ from: "c2", name: "c1", address: "172.17.0.2", source: "dns" }, true));
    withLanguage("en", () => {
      expect(hintFor(bridge, { test: "c2 cannot resolve c1 by name", message: hosts })).toContain("was started with a link to c1");
      expect(hintFor(bridge, { test: "c2 cannot resolve c1 by name", message: dns })).toContain("share a user-defined network");
    });
  });

  test("an address outside the subnet, and no address at all", () => {
    const wrong = failed(addressMessage("c1", "10.9.8.0/24", [{ network: "bridge", ip: "172.17.0.2", prefixLength: 16, gateway: "172.17.0.1" }], false));
    const none = failed(addressMessage("c1", "10.9.8.0/24", [], false));
    withLanguage("en", () => {
      expect(hintFor(bridge, { test: "x", message: wrong })).toContain("c1 has 172.17.0.2");
      expect(hintFor(bridge, { test: "x", message: none })).toContain("c1 has no IPv4 address at all");
    });
  });

  test("an untouched stub gives one hint for all its failures: what notYetDone still says", () => {
    const message = "not yet done: start \"c1\", then \"c2\" with { links: [\"c1\"] }";
    const check = { at: new Date().toISOString(), passed: 0, total: 4, failures: ["a", "b", "c", "d"].map((test) => ({ test, message })) };
    const hints = withLanguage("en", () => stateHints(link, check));
    expect(hints).toHaveLength(1);
    expect(hints[0]).toContain("exercises/ch3/link.ts");
    expect(hints[0]).toContain('then "c2" with { links: ["c1"] }');
  });

  test("a prediction gets a prediction's hint, never notYetDone's (its text starts with \"not yet done\" too)", () => {
    const predict = exercise("ch4-predict-connect");
    const question = withLanguage("en", () => t("qConnectByName", {}));
    const missing = withLanguage("en", () => t("predictionMissing", { question }));
    const notBoolean = withLanguage("zh", () => t("predictionNotBoolean", { question: "q?", seen: '"yes"', kind: "string" }));
    const wrong = withLanguage("en", () => t("predictionWrong", { question: "can c1 ping c2 by name?", predicted: "no", observed: "yes", why: "mynet's DNS answers." }));
    withLanguage("en", () => {
      expect(hintFor(predict, { test: "x", message: missing })).toBe(t("cliStatePredictionMissing", { file: "exercises/ch4/predict-connect.ts" }));
      expect(hintFor(predict, { test: "x", message: notBoolean })).toBe('You answered "yes" to "q?" in exercises/ch4/predict-connect.ts: an answer is true or false, without quotes.');
      // The hint carries the why itself: `netlab hint` shows no failure above it.
      const hint = hintFor(predict, { test: "x", message: wrong });
      expect(hint).toBe('"can c1 ping c2 by name?": the engine answered "yes". Why: mynet\'s DNS answers. Change that answer in exercises/ch4/predict-connect.ts.');
    });
  });

  test("a Lab call not awaited, swapped arguments and a link to a container not started yet each get their own hint", () => {
    const connect = exercise("ch4-network-connect");
    withLanguage("en", () => {
      const starting = t("containerStillStarting", { name: "web1" });
      expect(hintFor(exercise("ch1-bridge-mode"), { test: "x", message: starting })).toContain('`lab.run("web1", ...)` had not finished when it was needed: put `await` before it');
      const running = t("callStillRunning", { call: "connect", network: "mynet", container: "c1" });
      expect(hintFor(connect, { test: "x", message: running })).toContain('`lab.connect("mynet", "c1")` had not finished');
      for (const both of [true, false]) {
        const swapped = t("swappedArguments", { call: "connect", network: "c1", container: "mynet", both });
        expect(hintFor(connect, { test: "x", message: swapped })).toBe('The network comes first: `lab.connect("mynet", "c1")`, as in `docker network connect mynet c1`.');
      }
      const link = t("linkTargetMissing", { name: "c2", target: "c1", known: "" });
      expect(hintFor(exercise("ch3-link"), { test: "x", message: link })).toContain('c1 must be running first: `await lab.run("c1")`');
    });
  });

  test("a failure nothing is known about gives no hint", () => {
    expect(hintFor(link, { test: "something new", message: "expect(received).toBe(expected)" })).toBeUndefined();
    expect(stateHints(link, undefined)).toEqual([]);
  });
});

describe("exercise-specific hints stay tied to the course's tests", () => {
  // A renamed test would silently switch its hint off: each title pattern must still find its test.
  const { plan } = planTests(path.resolve(__dirname, "..", "..", ".."), course);
  const rules = STATE_RULES.filter((r) => r.exercises && r.test);
  test.each(rules.flatMap((r) => (r.exercises ?? []).map((id) => [id, String(r.test)] as const)))("%s: %s matches one of its test titles", (id, pattern) => {
    const titles = plan.tests.filter((x) => x.exercise === id).map((x) => x.title);
    expect(titles.some((title) => rules.some((r) => String(r.test) === pattern && r.test?.test(title)))).toBe(true);
  });

  test("every chapter has exercise-specific hints, in both languages", () => {
    const chapters = new Set(rules.flatMap((r) => r.exercises ?? []).map((id) => id.slice(0, 3)));
    expect([...chapters].sort()).toEqual(["ch1", "ch2", "ch3", "ch4"]);
    const failure = { test: "c1 has two addresses, one per network, on two interfaces of its own", message: "expect(received).toHaveLength(expected)" };
    expect(withLanguage("en", () => hintFor(exercise("ch4-network-connect"), failure))).toContain('lab.connect("mynet", "c1")');
    expect(withLanguage("zh", () => hintFor(exercise("ch4-network-connect"), failure))).toContain("docker network connect mynet c1");
  });
});
