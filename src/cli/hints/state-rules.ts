import type { MessageKey } from "../../messages/catalogue";
import type { MatcherCall } from "../../messages/facts";
import { t } from "../../messages/translate";

/** What a rule found in one failure of the last check. */
interface Found {
  params: Record<string, string>;
  call?: MatcherCall;
  /** The learner's file: exercises/ch3/link.ts */
  file: string;
}

/**
 * One way from "what the live check saw" to a hint about the learner's topology. A rule applies when
 * every condition it has holds for a failure: the exercise, a piece of the test's title (titles are
 * English in every language), the catalogue message the failure is (its facts: the key and its
 * parameters, whatever language the check ran in).
 */
export interface StateRule {
  exercises?: string[];
  test?: RegExp;
  /**
   * The failure is this message; `received`: what a matcher received is (its Received line);
   * `fixed`: parameters it must have (a branch of an entry that reads differently).
   */
  seen?: { key: MessageKey; fixed?: Record<string, string>; received?: true };
  hint: (found: Found) => string;
}

const from = (f: Found, fallback = "?") => f.call?.subject ?? fallback;

/** Most telling first: the first rule that applies to a failure gives its hint. */
export const STATE_RULES: StateRule[] = [
  // The learner's code did not run to the end: nothing else the check saw matters yet.
  // A prediction's "not yet done: answer ..." reads like notYetDone too: the prediction rules come first.
  { seen: { key: "predictionMissing" }, hint: (f) => t("cliStatePredictionMissing", { file: f.file }) },
  { seen: { key: "predictionNotBoolean" }, hint: (f) => t("cliStatePredictionNotBoolean", { question: f.params.question ?? "", seen: f.params.seen ?? "", file: f.file }) },
  {
    seen: { key: "predictionWrong" },
    hint: (f) => t("cliStatePredictionWrong", { question: f.params.question ?? "", observed: f.params.observed ?? "", why: f.params.why ?? "", file: f.file }),
  },
  { seen: { key: "notYetDone" }, hint: (f) => t("cliStateNotYetDone", { todo: f.params.todo ?? "", file: f.file }) },
  { seen: { key: "exerciseTimeout" }, hint: (f) => t("cliStateTimeout", { seconds: f.params.seconds ?? "?" }) },
  { seen: { key: "exerciseBlocked" }, hint: (f) => t("cliStateBlocked", { seconds: f.params.seconds ?? "?", file: f.params.file ?? f.file }) },
  { seen: { key: "exerciseThrew" }, hint: (f) => t("cliStateThrew", { error: f.params.error ?? "", file: f.file }) },
  // A Lab call that was not awaited, or called the wrong way round: said before "no such container".
  { seen: { key: "containerStillStarting" }, hint: (f) => t("cliStateMissingAwait", { call: `lab.run("${f.params.name ?? ""}", ...)` }) },
  { seen: { key: "networkStillCreating" }, hint: (f) => t("cliStateMissingAwait", { call: `lab.createNetwork("${f.params.name ?? ""}", ...)` }) },
  { seen: { key: "callStillRunning" }, hint: (f) => t("cliStateMissingAwait", { call: `lab.${f.params.call ?? ""}("${f.params.network ?? ""}", "${f.params.container ?? ""}")` }) },
  { seen: { key: "swappedArguments" }, hint: (f) => t("cliStateSwapped", { call: f.params.call ?? "", network: f.params.container ?? "", container: f.params.network ?? "" }) },
  { seen: { key: "linkTargetMissing" }, hint: (f) => t("cliStateLinkOrder", { name: f.params.name ?? "", target: f.params.target ?? "" }) },
  { seen: { key: "noSuchContainer" }, hint: (f) => t("cliStateNoContainer", { name: f.params.name ?? "", known: f.params.known ?? "" }) },
  { seen: { key: "noSuchNetwork" }, hint: (f) => t("cliStateNoNetwork", { name: f.params.name ?? "" }) },
  { seen: { key: "subnetClash" }, hint: (f) => t("cliStateSubnetClash", { subnet: f.params.subnet ?? "" }) },
  { seen: { key: "dockerRefused" }, hint: (f) => t("cliStateDockerRefused", { action: f.params.action ?? "", cause: f.params.cause ?? "" }) },

  // Chapters 1, 2 and 4: what a failed check of one exercise says about the topology that was built.
  { exercises: ["ch1-bridge-mode"], test: /both serve on port 80|their own address inside the default bridge/, hint: () => t("cliStateBridgeServers", {}) },
  { exercises: ["ch1-host-mode"], test: /host network only|exactly the Docker host's interfaces|conflict/, hint: () => t("cliStateHostMode", {}) },
  { exercises: ["ch1-port-mapping"], test: /docker port shows|the host reaches web/, hint: () => t("cliStatePublish", {}) },
  { exercises: ["ch2-find-veth"], test: /index is the N|point at each other/, hint: () => t("cliStateFindVeth", {}) },
  { exercises: ["ch4-isolated-networks"], test: /default bridge only, c2 on mynet only/, hint: () => t("cliStateTwoNetworks", {}) },
  { exercises: ["ch4-network-connect"], test: /two addresses, one per network|reach each other by name/, hint: () => t("cliStateConnect", {}) },
  { exercises: ["ch4-network-connect"], test: /never connected, still cannot reach/, hint: () => t("cliStateStillIsolated", {}) },
  { exercises: ["ch4-network-disconnect"], test: /back on the default bridge only|no longer reaches c2/, hint: () => t("cliStateDisconnect", {}) },

  // Chapter 3: what a failed check of one exercise says about the topology that was built.
  { exercises: ["ch3-link"], test: /\/etc\/hosts holds c1/, hint: () => t("cliStateLinkHosts", {}) },
  { exercises: ["ch3-link"], test: /C1_\* environment/, hint: () => t("cliStateLinkEnv", {}) },
  { exercises: ["ch3-user-network"], test: /network inspect shows/, hint: () => t("cliStateNetworkInspect", {}) },
  { exercises: ["ch3-user-network"], test: /route through its gateway/, hint: () => t("cliStateGateway", {}) },
  { exercises: ["ch3-user-network"], test: /embedded DNS/, hint: () => t("cliStateEmbeddedDns", {}) },

  // What the probes saw, for any exercise.
  { seen: { key: "seenUnresolved", received: true }, hint: (f) => t("cliStateUnresolved", { from: f.params.from ?? from(f), target: f.params.target ?? "" }) },
  { seen: { key: "seenNoReply", received: true }, hint: (f) => t("cliStateNoReply", { from: from(f), target: f.params.target ?? "", address: f.params.address ?? "" }) },
  { seen: { key: "seenResolved", fixed: { source: "hosts" }, received: true }, hint: (f) => t("cliStateResolvedHosts", { from: from(f), name: f.params.name ?? "" }) },
  { seen: { key: "seenResolved", fixed: { source: "dns" }, received: true }, hint: (f) => t("cliStateResolvedDns", { from: from(f), name: f.params.name ?? "" }) },
  { seen: { key: "seenReply", received: true }, hint: (f) => t("cliStateReply", { from: from(f), target: f.params.target ?? "" }) },
  {
    seen: { key: "seenAddresses", fixed: { addresses: "" }, received: true },
    hint: (f) => t("cliStateNoAddress", { container: from(f), cidr: f.call?.arg ?? "" }),
  },
  {
    seen: { key: "seenAddresses", received: true },
    hint: (f) => t("cliStateWrongAddress", { container: from(f), addresses: f.params.addresses ?? "", cidr: f.call?.arg ?? "" }),
  },
];
