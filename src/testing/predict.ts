import { keyed, render, type KeyedMessage } from "../messages/facts";
import { t } from "../messages/translate";
import { learnerFailure } from "./use-exercise";

/**
 * Checks a learner's prediction (true/false) against what the live engine showed, and explains the
 * answer when the prediction is wrong. An unanswered prediction (a stub's `undefined`) fails as
 * "not yet done"; an answer of another type ("yes", "false", 1) is an answer, told what it is.
 */
export function checkPrediction(question: string, predicted: unknown, observed: boolean, why: string): void {
  if (predicted === undefined) throw failure(keyed("predictionMissing", { question }));
  if (typeof predicted !== "boolean") {
    const kind = predicted === null ? "null" : typeof predicted;
    const seen = typeof predicted === "string" ? JSON.stringify(predicted) : String(predicted);
    throw failure(keyed("predictionNotBoolean", { question, seen, kind }));
  }
  if (predicted === observed) return;
  const yesNo = (b: boolean) => t(b ? "yes" : "no", {});
  throw failure(keyed("predictionWrong", { question, predicted: yesNo(predicted), observed: yesNo(observed), why }));
}

const failure = (message: KeyedMessage) => learnerFailure(render(message), { message });

/** Has the learner answered at least one question? If not, the experiment need not run: every test fails as "not yet done". */
export function anyAnswered(answers: Record<string, unknown>): boolean {
  return Object.values(answers).some((answer) => typeof answer === "boolean");
}
