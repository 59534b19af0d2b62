import { entry } from "./entry";

/** What a learner reads about their exercise code itself: unfinished, throwing, hanging. */
export const exerciseMessages = {
  notYetDone: entry<{ todo: string }>(
    (p) => `not yet done: ${p.todo}`,
    (p) => `尚未完成：${p.todo}`,
  ),
  exerciseThrew: entry<{ exercise: string; error: string }>(
    (p) => `Your code for ${p.exercise} threw an error: ${p.error}\nThe checks below could not run; fix the error first (the stack above points at the line).`,
    (p) => `你为 ${p.exercise} 写的代码抛出了错误：${p.error}\n下面的检查无法进行；请先修复这个错误（上面的调用栈指出了出错的行）。`,
  ),
  exerciseTimeout: entry<{ exercise: string; seconds: number }>(
    (p) =>
      `Your code for ${p.exercise} did not finish within ${p.seconds}s.\n` +
      `Look for a missing \`await\`, a loop that never ends, or a container command that blocks (the Lab's own calls return once Docker has done the work).`,
    (p) =>
      `你为 ${p.exercise} 写的代码未能在 ${p.seconds} 秒内完成。\n` +
      `检查是否漏了 \`await\`、有永不结束的循环，或容器命令被阻塞（Lab 自身的调用在 Docker 完成操作后就会返回）。`,
  ),
  predictionWrong: entry<{ question: string; predicted: string; observed: string; why: string }>(
    (p) => `Prediction: ${p.question}\nYou said: ${p.predicted}\nThe live engine showed: ${p.observed}\nWhy: ${p.why}`,
    (p) => `预测：${p.question}\n你的回答：${p.predicted}\n真实引擎的结果：${p.observed}\n原因：${p.why}`,
  ),
  predictionMissing: entry<{ question: string }>(
    (p) => `not yet done: answer "${p.question}" with true or false`,
    (p) => `尚未完成：用 true 或 false 回答“${p.question}”`,
  ),
  yes: entry(() => "yes", () => "是"),
  no: entry(() => "no", () => "否"),
};
