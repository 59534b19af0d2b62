// What course tests import (never exercises: they import ../src/index.ts only).
export { useExercise, learnerFailure, EXERCISE_TIMEOUT_MS, type ExerciseHandle } from "./use-exercise";
export { useLab } from "./use-lab";
export { checkPrediction, anyAnswered } from "./predict";
export { freeHostPort } from "./free-port";
export { eventually } from "./eventually";
export { reportSkipped } from "./skipped";
export { defaultBridge, type DefaultBridge } from "./default-bridge";
export { registerLabMatchers, labMatchers } from "../matchers";
export { probeReach, type ReachOptions, type ReachResult } from "../probes/probe-reach";
export { probeResolve, type ResolveResult } from "../probes/probe-resolve";
export { probeTcp, type TcpResult } from "../probes/probe-tcp";
export { probeHostPort, type HostPortResult } from "../probes/probe-host-port";
export { probeHostPing, type HostPingResult } from "../probes/probe-host-ping";
export { probeMasquerade, type MasqueradeResult } from "../probes/probe-masquerade";
export { probeInterfaces } from "../probes/probe-interfaces";
export { contains, parseCidr, firstHost } from "../lab/cidr";
export { parseIpRoute, parseIpLink } from "../lab/ip-output";
export { t } from "../messages/translate";
