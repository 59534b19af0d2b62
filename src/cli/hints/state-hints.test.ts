import { loadCatalogue, type Exercise } from "../../course/catalogue";
import { matcherFacts } from "../../matchers/failure-text";
import { addressSeen } from "../../matchers/to-have-address-in";
import { reachMessage, reachSeen } from "../../matchers/to-reach";
import { resolveSeen } from "../../matchers/to-resolve";
import { keyed, render, type FailureFacts } from "../../messages/facts";
import { t } from "../../messages/translate";
import type { Language } from "../../messages/language";
import path from "node:path";
import { planTests } from "../../grading/test-plan";
import { hintFor, stateHints } from "./state-hints";
import { STATE_RULES } from "./state-rules";

const course = loadCatalogue();
const exercise = (id: string) => course.exercises.find((e) => e.id === id) as Exercise;
const link = exercise("ch3-link");
const bridge = exercise("ch3-default-bridge");

/** The facts a failed message carries: it is this catalogue entry. */
const is = (message: ReturnType<typeof keyed>): FailureFacts => ({ message });

function withLanguage<T>(lang: Language, render: () => T): T {
  const saved = process.env.NETLAB_LANG;
  process.env.NETLAB_LANG = lang;
  try {
    return render();
  } finally {
    process.env.NETLAB_LANG = saved;
  }
}

describe("the facts of a failure: what the matcher received, as data, in either language", () => {
  test.each(["en", "zh"] as const)("the same key and parameters whatever the language (%s)", (lang) => {
    const seen = withLanguage(lang, () => reachSeen({ from: "c2", target: "c1", resolved: false, replied: false, output: "" }, false));
    expect(seen).toEqual({ key: "seenUnresolved", params: { from: "c2", target: "c1" } });
    expect(withLanguage(lang, () => reachMessage({ from: "c2", target: "c1", resolved: false, replied: false, output: "" }, false))).toContain(withLanguage(lang, () => render(seen)));
  });

  test("a name that resolves but does not answer: the address it resolved to", () => {
    expect(reachSeen({ from: "c3", target: "c1", resolved: true, address: "172.17.0.2", replied: false, output: "" }, false)).toMatchObject({ key: "seenNoReply", params: { target: "c1", address: "172.17.0.2" } });
  });

  test("a name that resolves where it must not: where from (the branch of the entry)", () => {
    expect(resolveSeen({ from: "c2", name: "c1", address: "172.17.0.2", source: "hosts" }, true)).toMatchObject({ key: "seenResolved", params: { name: "c1", address: "172.17.0.2", source: "hosts" } });
  });

  test("the matcher call, as data", () => {
    expect(matcherFacts("toResolve", "c1", "c2", true, resolveSeen({ from: "c1", name: "c2", address: "1.2.3.4", source: "dns" }, true)).call).toEqual({ subject: "c1", not: true, matcher: "toResolve", arg: "c2" });
  });
});

describe("hints from what the last check saw", () => {
  test("c2 did not resolve c1 (the check ran in Chinese, the hint is read in English)", () => {
    const r = { from: "c2", target: "c1", resolved: false, replied: false, output: "" };
    const facts = withLanguage("zh", () => matcherFacts("toReach", "c2", "c1", false, reachSeen(r, false)));
    const hint = withLanguage("en", () => hintFor(link, { test: "c2 reaches c1 by name", facts }));
    expect(hint).toContain("c2's /etc/hosts has no entry for c1");
    expect(hint).toContain('links: ["c1"]');
  });

  test("the failed /etc/hosts check of ch3-link says: did you pass a link?", () => {
    const hint = withLanguage("en", () => hintFor(link, { test: "c2's /etc/hosts holds c1 with c1's address" }));
    expect(hint).toBe(withLanguage("en", () => t("cliStateLinkHosts", {})));
    expect(hint).toMatch(/^c2's \/etc\/hosts has no entry for c1: did you pass a link\?/);
  });

  test("a name that resolves where it must not: from /etc/hosts means a link, from DNS a shared network", () => {
    const resolved = (source: "hosts" | "dns") => matcherFacts("toResolve", "c2", "c1", true, resolveSeen({ from: "c2", name: "c1", address: "172.17.0.2", source }, true));
    withLanguage("en", () => {
      expect(hintFor(bridge, { test: "c2 cannot resolve c1 by name", facts: resolved("hosts") })).toContain("was started with a link to c1");
      expect(hintFor(bridge, { test: "c2 cannot resolve c1 by name", facts: resolved("dns") })).toContain("share a user-defined network");
    });
  });

  test("an address outside the subnet, and no address at all", () => {
    const wrong = matcherFacts("toHaveAddressIn", "c1", "10.9.8.0/24", false, addressSeen([{ network: "bridge", ip: "172.17.0.2", prefixLength: 16, gateway: "172.17.0.1" }]));
    const none = matcherFacts("toHaveAddressIn", "c1", "10.9.8.0/24", false, addressSeen([]));
    withLanguage("en", () => {
      expect(hintFor(bridge, { test: "x", facts: wrong })).toContain("c1 has 172.17.0.2");
      expect(hintFor(bridge, { test: "x", facts: none })).toContain("c1 has no IPv4 address at all");
    });
  });

  test("an untouched stub gives one hint for all its failures: what notYetDone still says", () => {
    const todo = "start \"c1\", then \"c2\" with { links: [\"c1\"] }";
    const message = withLanguage("en", () => t("notYetDone", { todo }));
    const check = { at: new Date().toISOString(), passed: 0, total: 4, failures: ["a", "b", "c", "d"].map((test) => ({ test, message, facts: is(keyed("notYetDone", { todo })) })) };
    const hints = withLanguage("en", () => stateHints(link, check));
    expect(hints).toHaveLength(1);
    expect(hints[0]).toContain("exercises/ch3/link.ts");
    expect(hints[0]).toContain('then "c2" with { links: ["c1"] }');
  });

  test("a prediction gets a prediction's hint, never notYetDone's (its text starts with \"not yet done\" too)", () => {
    const predict = exercise("ch4-predict-connect");
    const question = withLanguage("en", () => t("qConnectByName", {}));
    const missing = is(keyed("predictionMissing", { question }));
    const notBoolean = is(keyed("predictionNotBoolean", { question: "q?", seen: '"yes"', kind: "string" }));
    const wrong = is(keyed("predictionWrong", { question: "can c1 ping c2 by name?", predicted: "no", observed: "yes", why: "mynet's DNS answers." }));
    withLanguage("en", () => {
      expect(hintFor(predict, { test: "x", facts: missing })).toBe(t("cliStatePredictionMissing", { file: "exercises/ch4/predict-connect.ts" }));
      expect(hintFor(predict, { test: "x", facts: notBoolean })).toBe('You answered "yes" to "q?" in exercises/ch4/predict-connect.ts: an answer is true or false, without quotes.');
      // The hint carries the why itself: `netlab hint` shows no failure above it.
      const hint = hintFor(predict, { test: "x", facts: wrong });
      expect(hint).toBe('"can c1 ping c2 by name?": the engine answered "yes". Why: mynet\'s DNS answers. Change that answer in exercises/ch4/predict-connect.ts.');
    });
  });

  test("a Lab call not awaited, swapped arguments and a link to a container not started yet each get their own hint", () => {
    const connect = exercise("ch4-network-connect");
    withLanguage("en", () => {
      const starting = is(keyed("containerStillStarting", { name: "web1" }));
      expect(hintFor(exercise("ch1-bridge-mode"), { test: "x", facts: starting })).toContain('`lab.run("web1", ...)` had not finished when it was needed: put `await` before it');
      const running = is(keyed("callStillRunning", { call: "connect", network: "mynet", container: "c1" }));
      expect(hintFor(connect, { test: "x", facts: running })).toContain('`lab.connect("mynet", "c1")` had not finished');
      for (const both of [true, false]) {
        const swapped = is(keyed("swappedArguments", { call: "connect", network: "c1", container: "mynet", both }));
        expect(hintFor(connect, { test: "x", facts: swapped })).toBe('The network comes first: `lab.connect("mynet", "c1")`, as in `docker network connect mynet c1`.');
      }
      const link = is(keyed("linkTargetMissing", { name: "c2", target: "c1", known: "" }));
      expect(hintFor(exercise("ch3-link"), { test: "x", facts: link })).toContain('c1 must be running first: `await lab.run("c1")`');
    });
  });

  test("a failure nothing is known about gives no hint", () => {
    expect(hintFor(link, { test: "something new" })).toBeUndefined();
    // Text alone is for display: a failure without facts gives no hint, even when it reads like one.
    const readsLikeOne = { test: "something new", message: withLanguage("en", () => t("notYetDone", { todo: "x" })) };
    expect(hintFor(link, readsLikeOne)).toBeUndefined();
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
    const failure = { test: "c1 has two addresses, one per network, on two interfaces of its own" };
    expect(withLanguage("en", () => hintFor(exercise("ch4-network-connect"), failure))).toContain('lab.connect("mynet", "c1")');
    expect(withLanguage("zh", () => hintFor(exercise("ch4-network-connect"), failure))).toContain("docker network connect mynet c1");
  });
});
