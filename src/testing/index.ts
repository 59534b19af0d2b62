// What course tests import (never exercises: they import ../src/index.ts only).
export { useExercise, learnerFailure, EXERCISE_TIMEOUT_MS, type ExerciseHandle } from "./use-exercise";
export { useLab } from "./use-lab";
export { checkPrediction } from "./predict";
export { registerLabMatchers, labMatchers } from "../matchers";
export { probeReach, type ReachResult } from "../probes/probe-reach";
export { probeResolve, type ResolveResult } from "../probes/probe-resolve";
export { probeTcp, type TcpResult } from "../probes/probe-tcp";
export { contains, parseCidr, firstHost } from "../lab/cidr";
export { parseIpRoute, parseIpLink } from "../lab/ip-output";
export { t } from "../messages/translate";
