import { t } from "../messages/translate";
import { learnerFailure } from "./use-exercise";

/**
 * Checks a learner's prediction (true/false) against what the live engine showed, and explains the
 * answer when the prediction is wrong. An unanswered prediction fails as "not yet done".
 */
export function checkPrediction(question: string, predicted: unknown, observed: boolean, why: string): void {
  if (typeof predicted !== "boolean") throw learnerFailure(t("predictionMissing", { question }));
  if (predicted === observed) return;
  const yesNo = (b: boolean) => t(b ? "yes" : "no", {});
  throw learnerFailure(t("predictionWrong", { question, predicted: yesNo(predicted), observed: yesNo(observed), why }));
}
