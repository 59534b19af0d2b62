import { entry } from "./entry";

// typeof of a prediction answer that is not a boolean, in the learner's words.
const KIND_EN: Record<string, string> = { null: "no value", string: "a string", number: "a number", object: "an object", bigint: "a number", symbol: "a symbol", function: "a function" };
const KIND_ZH: Record<string, string> = { null: "空值", string: "字符串", number: "数字", object: "对象", bigint: "数字", symbol: "symbol", function: "函数" };

/** What a learner reads about their exercise code itself: unfinished, throwing, hanging. */
export const exerciseMessages = {
  notYetDone: entry<{ todo: string }>(
    (p) => `not yet done: ${p.todo}`,
    (p) => `尚未完成：${p.todo}`,
  ),
  exerciseThrew: entry<{ exercise: string; error: string }>(
    (p) =>
      `Your code for ${p.exercise} threw an error: ${p.error}\n` +
      `Why: the checks look at what your code built, and it stopped before the end: they could not run.\n` +
      `Try: fix the error first, at the place in your code named below (a misspelt call, a value that is undefined, a missing await).`,
    (p) =>
      `你为 ${p.exercise} 写的代码抛出了错误：${p.error}\n` +
      `原因：检查看的是你的代码搭建出来的拓扑，而代码没有运行到最后：检查无法进行。\n` +
      `试试：先在下面指出的代码位置修复这个错误（拼错的调用、为 undefined 的值、漏掉的 await）。`,
  ),
  exerciseThrewWhere: entry<{ frames: string }>(
    (p) => `Where, in your code:\n${p.frames}`,
    (p) => `出错位置（你的代码）：\n${p.frames}`,
  ),
  exerciseTimeout: entry<{ exercise: string; seconds: number }>(
    (p) =>
      `Your code for ${p.exercise} did not finish within ${p.seconds}s.\n` +
      `It was waiting on something that never came: look for a loop that awaits a change that never happens, or an \`await\` on a promise that never settles ` +
      `(a container command that blocks, a promise of your own never resolved). The Lab's own calls return once Docker has done the work. ` +
      `(A missing \`await\` does the opposite: your code returns before Docker is done, and the checks say what was still under way.)`,
    (p) =>
      `你为 ${p.exercise} 写的代码未能在 ${p.seconds} 秒内完成。\n` +
      `它在等待一件永远不会发生的事：检查是否有等待某个永不改变的状态的循环，或 \`await\` 了一个永不落定的 promise` +
      `（被阻塞的容器命令、你自己创建却从不 resolve 的 promise）。Lab 自身的调用在 Docker 完成操作后就会返回。` +
      `（漏写 \`await\` 的效果正相反：你的代码会在 Docker 完成之前就返回，检查会指出哪个调用还在进行中。）`,
  ),
  exerciseBlocked: entry<{ file: string; seconds: number; run: string }>(
    (p) =>
      `Your code in ${p.file} kept the test process busy for ${p.seconds}s without a pause, so nothing else could run: not the ` +
      `time limit, not the checks, not Ctrl-C. That is a loop that never ends (\`for (;;) {}\`, a \`while\` whose condition never ` +
      `changes) or a very long computation. The test process was stopped, and what it made on the engine (run ${p.run}) is removed.\n` +
      `Try: find the loop; to wait for Docker, \`await\` a Lab call instead of looping until something changes.`,
    (p) =>
      `你在 ${p.file} 中的代码让测试进程连续忙了 ${p.seconds} 秒、没有任何停顿，其他一切都无法运行：时限、检查、Ctrl-C 都不行。` +
      `这是一个永不结束的循环（\`for (;;) {}\`、条件永不改变的 \`while\`）或一段极长的计算。测试进程已被终止，它在引擎上创建的内容（run ${p.run}）会被删除。\n` +
      `试试：找到这个循环；要等待 Docker，请 \`await\` 一个 Lab 调用，而不是循环等待状态改变。`,
  ),
  predictionWrong: entry<{ question: string; predicted: string; observed: string; why: string }>(
    (p) => `Prediction: ${p.question}\nYou said: ${p.predicted}\nThe live engine showed: ${p.observed}\nWhy: ${p.why}`,
    (p) => `预测：${p.question}\n你的回答：${p.predicted}\n真实引擎的结果：${p.observed}\n原因：${p.why}`,
  ),
  predictionMissing: entry<{ question: string }>(
    (p) => `not yet done: answer "${p.question}" with true or false`,
    (p) => `尚未完成：用 true 或 false 回答“${p.question}”`,
  ),
  predictionNotBoolean: entry<{ question: string; seen: string; kind: string }>(
    (p) =>
      `Prediction: ${p.question}\nYou answered: ${p.seen} (${KIND_EN[p.kind] ?? p.kind}), not true or false.\n` +
      `Why: the check compares your answer with what the engine does, and only true or false compare: "yes", "false" (in quotes) or 1 are not booleans.\n` +
      `Try: write true or false without quotes.`,
    (p) =>
      `预测：${p.question}\n你的回答：${p.seen}（${KIND_ZH[p.kind] ?? p.kind}），不是 true 或 false。\n` +
      `原因：检查会把你的回答与引擎的实际结果比较，只有 true 或 false 能比较："yes"、"false"（带引号）或 1 都不是布尔值。\n` +
      `试试：写 true 或 false，不要加引号。`,
  ),
  yes: entry(() => "yes", () => "是"),
  no: entry(() => "no", () => "否"),
};
