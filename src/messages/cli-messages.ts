import { entry } from "./entry";

/** What `npx netlab <command>` prints: help, checks, hints, progress, doctor, clean, explore. */
export const cliMessages = {
  // netlab --help
  cliHelp: entry<{ commands: string }>(
    (p) =>
      `netlab: Docker networking exercises checked on a live engine\n\n` +
      `Usage: npx netlab <command> [arguments] [--flags]\n\nCommands:\n${p.commands}\n\n` +
      `\`npx netlab help <command>\` shows a command's options. Messages are in English or Chinese: NETLAB_LANG=en|zh (default: your locale).`,
    (p) =>
      `netlab：在真实 Docker 引擎上检查的 Docker 网络练习\n\n` +
      `用法：npx netlab <命令> [参数] [--选项]\n\n命令：\n${p.commands}\n\n` +
      `\`npx netlab help <命令>\` 显示该命令的选项。消息语言为英文或中文：NETLAB_LANG=en|zh（默认取自你的 locale）。`,
  ),
  cliExitCodes: entry<{ ok: number; failed: number; usage: number; engine: number; internal: number }>(
    (p) =>
      `Exit codes:\n` +
      `  ${p.ok}   done: everything checked passed\n` +
      `  ${p.failed}   checked, and something is not done yet (failing tests), doctor found a blocking problem, or you answered no (reset)\n` +
      `  ${p.usage}   the command was called wrongly\n` +
      `  ${p.engine}   the Docker engine is not reachable\n` +
      `  ${p.internal}  netlab itself failed (a bug: please report it)`,
    (p) =>
      `退出码：\n` +
      `  ${p.ok}   完成：检查的内容全部通过\n` +
      `  ${p.failed}   已检查，但还有未完成的内容（测试失败）、doctor 发现了阻碍课程的问题，或你回答了“否”（reset）\n` +
      `  ${p.usage}   命令用法有误\n` +
      `  ${p.engine}   无法连接 Docker 引擎\n` +
      `  ${p.internal}  netlab 自身出错（缺陷：请报告）`,
  ),
  cliUnknownCommand: entry<{ command: string }>(
    (p) => `Unknown command "${p.command}". The commands are listed below; \`npx netlab help <command>\` explains one.`,
    (p) => `未知命令 "${p.command}"。可用命令见下方；\`npx netlab help <命令>\` 说明其中一个。`,
  ),
  cliUnknownOption: entry<{ command: string; option: string; options: string; suggestion: string }>(
    (p) =>
      `netlab ${p.command} does not take ${p.option}${p.suggestion ? ` (did you mean ${p.suggestion}?)` : ""}; nothing was done.\n` +
      `Its options: ${p.options || "none"}. \`npx netlab help ${p.command}\` explains them.`,
    (p) =>
      `netlab ${p.command} 没有 ${p.option} 选项${p.suggestion ? `（你是不是想用 ${p.suggestion}？）` : ""}；什么都没有做。\n` +
      `它的选项：${p.options || "无"}。\`npx netlab help ${p.command}\` 会逐一说明。`,
  ),
  cliInternal: entry<{ command: string; detail: string }>(
    (p) => `netlab ${p.command} failed unexpectedly (a bug in netlab, not in your work): ${p.detail}\nPlease report it with the output above.`,
    (p) => `netlab ${p.command} 意外失败（这是 netlab 的缺陷，不是你的练习的问题）：${p.detail}\n请附上以上输出报告此问题。`,
  ),
  cliStateUnreadable: entry<{ file: string; cause: string }>(
    (p) =>
      `Cannot read netlab's progress file ${p.file} (${p.cause}).\n` +
      `Why: it was edited by hand or written by another version of netlab.\n` +
      `Try: delete it (\`rm ${p.file}\`); your exercise files are not touched, run \`npx netlab run\` to check them again.`,
    (p) =>
      `无法读取 netlab 的进度文件 ${p.file}（${p.cause}）。\n` +
      `原因：它被手工修改过，或由其他版本的 netlab 写入。\n` +
      `试试：删除它（\`rm ${p.file}\`）；你的练习文件不受影响，运行 \`npx netlab run\` 重新检查即可。`,
  ),
  cliAllDone: entry<{ total: number }>(
    (p) => `All ${p.total} exercises are done. Well done! \`npx netlab progress\` shows the tally; \`npx netlab explore <id>\` lets you poke at any topology again.`,
    (p) => `全部 ${p.total} 个练习都已完成，干得好！\`npx netlab progress\` 显示统计；\`npx netlab explore <id>\` 可以再次动手查看任意拓扑。`,
  ),
  cliUnknownExercise: entry<{ id: string; candidates: string; example: string }>(
    (p) =>
      `There is no exercise "${p.id}"${p.candidates ? ` (did you mean: ${p.candidates}?)` : ""}.\n` +
      `Try: \`npx netlab list\` shows every exercise id, e.g. \`${p.example}\`.`,
    (p) =>
      `没有名为 "${p.id}" 的练习${p.candidates ? `（你是不是想找：${p.candidates}？）` : ""}。\n` +
      `试试：\`npx netlab list\` 列出全部练习 id，例如 \`${p.example}\`。`,
  ),
  cliMissingId: entry<{ command: string }>(
    (p) => `\`netlab ${p.command}\` needs an exercise id, e.g. \`npx netlab ${p.command} ch3-link\` (\`npx netlab list\` shows them).`,
    (p) => `\`netlab ${p.command}\` 需要一个练习 id，例如 \`npx netlab ${p.command} ch3-link\`（\`npx netlab list\` 会列出）。`,
  ),

  // netlab run
  cliRunSummary: entry(
    () => "check one exercise on the live engine (default: the current one)",
    () => "在真实引擎上检查一个练习（默认：当前练习）",
  ),
  cliRunUsage: entry(
    () =>
      `Usage: npx netlab run [id]\n\n` +
      `Runs the course tests of one exercise against your code in exercises/, on the live Docker engine,\n` +
      `and prints what each check saw. Without an id: the first exercise that is not done yet.\n` +
      `The result (done / pending) goes to .netlab/progress.json.`,
    () =>
      `用法：npx netlab run [id]\n\n` +
      `在真实 Docker 引擎上，用课程测试检查你在 exercises/ 中写的某个练习的代码，并打印每项检查看到的结果。\n` +
      `不带 id：第一个尚未完成的练习。结果（完成 / 未完成）记录在 .netlab/progress.json。`,
  ),
  cliChecking: entry<{ id: string; title: string }>(
    (p) => `Checking ${p.id} (${p.title}) on the live engine...`,
    (p) => `正在真实引擎上检查 ${p.id}（${p.title}）……`,
  ),
  cliCheckPassed: entry<{ id: string; passed: number; skipped: number; points: number }>(
    (p) => `✓ ${p.id} passed: ${p.passed}/${p.passed} checks${p.skipped ? ` (${p.skipped} skipped on this engine)` : ""}, +${p.points} points.`,
    (p) => `✓ ${p.id} 通过：${p.passed}/${p.passed} 项检查${p.skipped ? `（${p.skipped} 项在此引擎上跳过）` : ""}，+${p.points} 分。`,
  ),
  cliCheckNotShown: entry<{ id: string; skipped: number; docs: string }>(
    (p) => `○ ${p.id}: this engine cannot show any of its ${p.skipped} checks (why: above). It is n/a here, not passed; read docs/en/${p.docs} and try it on an engine that shows it.`,
    (p) => `○ ${p.id}：此引擎无法展示它的全部 ${p.skipped} 项检查（原因见上）。它在这里不适用，也不算通过；请阅读 docs/zh/${p.docs}，并在能展示它的引擎上试试。`,
  ),
  cliCheckFailed: entry<{ id: string; passed: number; total: number }>(
    (p) => `✗ ${p.id} is not done yet: ${p.passed}/${p.total} checks pass.`,
    (p) => `✗ ${p.id} 尚未完成：${p.passed}/${p.total} 项检查通过。`,
  ),
  cliCheckBlocked: entry<{ id: string }>(
    (p) => `✗ ${p.id} is not done yet: its code was stopped (above), so none of its checks could run.`,
    (p) => `✗ ${p.id} 尚未完成：它的代码被终止了（见上文），所以没有一项检查能够运行。`,
  ),
  cliCheckSuiteFailed: entry<{ id: string; file: string }>(
    (p) => `✗ ${p.id}: its tests could not run at all (see above). Most often a syntax error or a wrong import in ${p.file}.`,
    (p) => `✗ ${p.id}：测试完全无法运行（见上文）。最常见的原因是 ${p.file} 中有语法错误或错误的 import。`,
  ),
  cliCheckCrashed: entry<{ id: string; output: string }>(
    (p) =>
      `✗ jest stopped before it could check ${p.id}. Its last words:\n${p.output}\n` +
      `Try: \`npx netlab doctor\` (engine, lab image), then run the check again.`,
    (p) => `✗ jest 在检查 ${p.id} 之前就停止了。它最后的输出：\n${p.output}\n试试：\`npx netlab doctor\`（检查引擎和实验镜像），然后重新检查。`,
  ),
  cliRunnerMissing: entry<{ module: string }>(
    (p) => `✗ Cannot run the checks: the package "${p.module}" is not installed in this project.\nTry: \`npm install\` (in the folder with package.json), then check again.`,
    (p) => `✗ 无法运行检查：本项目中没有安装 "${p.module}"。\n试试：在 package.json 所在目录运行 \`npm install\`，然后再检查。`,
  ),
  cliCheckTimeout: entry<{ id: string; seconds: number }>(
    (p) =>
      `✗ The check of ${p.id} did not finish within ${p.seconds}s and was stopped; what it made on the engine was removed.\n` +
      `Why: usually code that never returns, e.g. \`while (true) {}\` or a loop around an \`await\` that never ends.`,
    (p) =>
      `✗ 对 ${p.id} 的检查未能在 ${p.seconds} 秒内结束，已被停止；它在引擎上创建的内容已被删除。\n` +
      `原因：通常是代码永远不返回，比如 \`while (true) {}\`，或围绕一个永不结束的 \`await\` 的循环。`,
  ),
  cliInterrupted: entry<{ run: string }>(
    (p) => `Interrupted: the check stops and removes what it made on the engine (run ${p.run}).`,
    (p) => `已中断：检查停止，并删除它在引擎上创建的内容（运行 ${p.run}）。`,
  ),
  cliNextRun: entry<{ id: string }>(
    (p) => `Next: \`npx netlab run ${p.id}\` (or \`npx netlab watch\`, which checks again on every save).`,
    (p) => `下一步：\`npx netlab run ${p.id}\`（或 \`npx netlab watch\`，每次保存都会重新检查）。`,
  ),
  cliAfterFail: entry<{ id: string; file: string }>(
    (p) =>
      `Edit ${p.file}, then \`npx netlab run ${p.id}\` again (or \`npx netlab watch\`, which checks on every save).\n` +
      `Stuck? \`npx netlab hint ${p.id}\``,
    (p) => `编辑 ${p.file}，然后再次运行 \`npx netlab run ${p.id}\`（或 \`npx netlab watch\`，每次保存都会检查）。\n卡住了？\`npx netlab hint ${p.id}\``,
  ),

  // netlab list
  cliListSummary: entry(
    () => "the exercises in course order, with chapter, points and status",
    () => "按课程顺序列出练习，包括章节、分值和状态",
  ),
  cliListUsage: entry(
    () =>
      `Usage: npx netlab list [--json]\n\n` +
      `Lists every exercise in course order: its id (what \`run\`, \`hint\`, \`reset\` and \`explore\` take),\n` +
      `chapter, points and status (done / pending; ▶ marks the current one). --json prints it as data.`,
    () =>
      `用法：npx netlab list [--json]\n\n` +
      `按课程顺序列出全部练习：id（\`run\`、\`hint\`、\`reset\` 和 \`explore\` 使用它）、章节、分值和状态\n` +
      `（完成 / 未完成；▶ 表示当前练习）。--json 以数据形式输出。`,
  ),
  cliColId: entry(() => "id", () => "id"),
  cliColChapter: entry(() => "chapter", () => "章节"),
  cliColPoints: entry(() => "points", () => "分值"),
  cliColStatus: entry(() => "status", () => "状态"),
  cliColTitle: entry(() => "title", () => "标题"),
  cliDone: entry(() => "done", () => "完成"),
  cliPending: entry(() => "pending", () => "未完成"),
  cliNotShown: entry(() => "n/a here", () => "此处不适用"),
  cliListFooter: entry<{ done: number; total: number; points: number; totalPoints: number }>(
    (p) => `${p.done}/${p.total} exercises done, ${p.points}/${p.totalPoints} points.`,
    (p) => `已完成 ${p.done}/${p.total} 个练习，${p.points}/${p.totalPoints} 分。`,
  ),

  // netlab progress
  cliProgressSummary: entry(
    () => "your progress: a bar for the course and one per chapter",
    () => "你的进度：整个课程和每一章的进度条",
  ),
  cliProgressUsage: entry(
    () =>
      `Usage: npx netlab progress\n\n` +
      `Shows how far you are, from the state file .netlab/progress.json (written by \`run\` and \`watch\`,\n` +
      `cleared per exercise by \`reset\`).`,
    () =>
      `用法：npx netlab progress\n\n` +
      `根据状态文件 .netlab/progress.json（由 \`run\` 和 \`watch\` 写入，\`reset\` 按练习清除）显示你的进度。`,
  ),
  cliProgressTotal: entry<{ bar: string; done: number; total: number; points: number; totalPoints: number }>(
    (p) => `Progress ${p.bar} ${p.done}/${p.total} exercises, ${p.points}/${p.totalPoints} points`,
    (p) => `进度 ${p.bar} ${p.done}/${p.total} 个练习，${p.points}/${p.totalPoints} 分`,
  ),
  cliProgressLeft: entry<{ ids: string }>(
    (p) => `left: ${p.ids}`,
    (p) => `剩余：${p.ids}`,
  ),
  cliProgressFile: entry<{ file: string }>(
    (p) => `(state: ${p.file})`,
    (p) => `（状态文件：${p.file}）`,
  ),

  // netlab hint
  cliHintSummary: entry(
    () => "the next hint for an exercise, and what your last check saw",
    () => "某个练习的下一条提示，以及你上次检查看到的情况",
  ),
  cliHintUsage: entry(
    () =>
      `Usage: npx netlab hint [id] [--all]\n\n` +
      `First what your last check on the engine saw, as a hint about your topology; then the exercise's\n` +
      `hints in order, gentlest first: each call shows the next one. --all shows them all.\n` +
      `Without an id: the current exercise.`,
    () =>
      `用法：npx netlab hint [id] [--all]\n\n` +
      `先根据你上次在引擎上的检查结果，给出关于你的拓扑的提示；然后按顺序给出该练习的提示，最温和的在前：\n` +
      `每次调用显示下一条。--all 显示全部。不带 id：当前练习。`,
  ),
  cliHintFromCheck: entry<{ ago: string; passed: number; total: number }>(
    (p) => `What your last check saw (${p.ago}, ${p.passed}/${p.total} passing):`,
    (p) => `你上次检查看到的情况（${p.ago}，通过 ${p.passed}/${p.total}）：`,
  ),
  cliHintNoCheck: entry<{ id: string }>(
    (p) => `(No check of your code yet: \`npx netlab run ${p.id}\` checks it, and then hints can say what it saw.)`,
    (p) => `（还没有检查过你的代码：\`npx netlab run ${p.id}\` 会检查它，之后提示就能说明看到的情况。）`,
  ),
  cliHintNumber: entry<{ n: number; total: number }>(
    (p) => `Hint ${p.n} of ${p.total}:`,
    (p) => `提示 ${p.n}/${p.total}：`,
  ),
  cliHintMore: entry<{ id: string; docs: string }>(
    (p) => `More: \`npx netlab hint ${p.id}\` again for the next hint, \`--all\` for all of them. The course: ${p.docs}`,
    (p) => `更多：再次运行 \`npx netlab hint ${p.id}\` 查看下一条提示，\`--all\` 查看全部。课程内容：${p.docs}`,
  ),
  cliHintLast: entry<{ id: string; docs: string }>(
    (p) =>
      `That was the last hint. Still stuck? Build the reference solution and poke at it: \`npx netlab explore ${p.id}\`\n` +
      `(compare with yours: \`npx netlab explore ${p.id} --mine\`). The course: ${p.docs}`,
    (p) =>
      `这是最后一条提示。还是卡住了？构建参考答案的拓扑并动手查看：\`npx netlab explore ${p.id}\`\n` +
      `（与你的对比：\`npx netlab explore ${p.id} --mine\`）。课程内容：${p.docs}`,
  ),
  cliHintLastMine: entry<{ id: string; docs: string }>(
    (p) =>
      `That was the last hint. Still stuck? Build your own topology and look at it on the engine: \`npx netlab explore ${p.id} --mine\`\n` +
      `(it prints what Docker made of your code, and draws it). The course: ${p.docs}`,
    (p) =>
      `这是最后一条提示。还是卡住了？构建你自己的拓扑并在引擎上查看：\`npx netlab explore ${p.id} --mine\`\n` +
      `（它会打印 Docker 根据你的代码创建了什么，并画出来）。课程内容：${p.docs}`,
  ),
  cliAgo: entry<{ n: number; unit: string }>(
    (p) => (p.unit === "now" ? "just now" : `${p.n} ${p.unit === "min" ? "min" : p.unit === "h" ? "h" : "days"} ago`),
    (p) => (p.unit === "now" ? "刚才" : `${p.n} ${p.unit === "min" ? "分钟" : p.unit === "h" ? "小时" : "天"}前`),
  ),

  // Hints from what the last check saw (src/cli/hints/state-rules.ts)
  cliStateNotYetDone: entry<{ todo: string; file: string }>(
    (p) => `Your code still stops at notYetDone(...) in ${p.file}: ${p.todo}. Write that, then delete the notYetDone(...) line.`,
    (p) => `你的代码仍然停在 ${p.file} 中的 notYetDone(...)：${p.todo}。写好这部分，然后删掉 notYetDone(...) 那一行。`,
  ),
  cliStatePredictionMissing: entry<{ file: string }>(
    (p) => `No answer yet: replace each \`undefined\` in ${p.file} with true or false, then check again.`,
    (p) => `还没有作答：把 ${p.file} 中每个 \`undefined\` 换成 true 或 false，然后再检查。`,
  ),
  cliStatePredictionWrong: entry<{ question: string; observed: string; why: string; file: string }>(
    (p) => `"${p.question}": the engine answered "${p.observed}". Why: ${p.why} Change that answer in ${p.file}.`,
    (p) => `“${p.question}”：引擎的结果是“${p.observed}”。原因：${p.why} 请修改 ${p.file} 中的这个答案。`,
  ),
  cliStatePredictionNotBoolean: entry<{ question: string; seen: string; file: string }>(
    (p) => `You answered ${p.seen} to "${p.question}" in ${p.file}: an answer is true or false, without quotes.`,
    (p) => `你在 ${p.file} 中对“${p.question}”的回答是 ${p.seen}：答案只能是 true 或 false，不加引号。`,
  ),
  cliStateMissingAwait: entry<{ call: string }>(
    (p) => `\`${p.call}\` had not finished when it was needed: put \`await\` before it (several at once: \`await Promise.all([...])\`).`,
    (p) => `需要结果时 \`${p.call}\` 还没有完成：在它前面加上 \`await\`（同时进行多个：\`await Promise.all([...])\`）。`,
  ),
  cliStateLinkOrder: entry<{ name: string; target: string }>(
    (p) => `${p.name} links to ${p.target}, so ${p.target} must be running first: \`await lab.run("${p.target}")\` before \`lab.run("${p.name}", { links: ["${p.target}"] })\`.`,
    (p) => `${p.name} 链接到 ${p.target}，所以 ${p.target} 必须先运行：先 \`await lab.run("${p.target}")\`，再 \`lab.run("${p.name}", { links: ["${p.target}"] })\`。`,
  ),
  cliStateSwapped: entry<{ call: string; network: string; container: string }>(
    (p) => `The network comes first: \`lab.${p.call}("${p.network}", "${p.container}")\`, as in \`docker network ${p.call} ${p.network} ${p.container}\`.`,
    (p) => `网络在前：\`lab.${p.call}("${p.network}", "${p.container}")\`，与 \`docker network ${p.call} ${p.network} ${p.container}\` 一致。`,
  ),
  cliStateTimeout: entry<{ seconds: string }>(
    (p) => `Your code never finished (stopped after ${p.seconds}s): look for a loop that waits for a change that never comes, or an \`await\` on a promise that never settles.`,
    (p) => `你的代码一直没有结束（${p.seconds} 秒后被停止）：检查是否有等待永不发生的变化的循环，或 \`await\` 了一个永不落定的 promise。`,
  ),
  cliStateBlocked: entry<{ seconds: string; file: string }>(
    (p) => `Your code in ${p.file} blocked the process for ${p.seconds}s (a loop that never ends): find the loop; wait for Docker with \`await\` on a Lab call, never by looping.`,
    (p) => `你在 ${p.file} 中的代码让进程阻塞了 ${p.seconds} 秒（永不结束的循环）：找到这个循环；等待 Docker 要 \`await\` 一个 Lab 调用，而不是循环。`,
  ),
  cliStateThrew: entry<{ error: string; file: string }>(
    (p) => `Your code in ${p.file} threw before the checks could look (${p.error}): fix that first; the checks did not see a topology yet.`,
    (p) => `你在 ${p.file} 中的代码在检查开始前就抛出了错误（${p.error}）：先修复它；检查还没看到任何拓扑。`,
  ),
  cliStateNoContainer: entry<{ name: string; known: string }>(
    (p) => `The check looked for a container "${p.name}", and your code did not start one (it started: ${p.known || "none"}). Names must match exactly: \`lab.run("${p.name}", ...)\`.`,
    (p) => `检查在找名为 "${p.name}" 的容器，但你的代码没有启动它（已启动：${p.known || "无"}）。名字必须完全一致：\`lab.run("${p.name}", ...)\`。`,
  ),
  cliStateNoNetwork: entry<{ name: string }>(
    (p) => `The check looked for a network "${p.name}" that your code did not create: \`lab.createNetwork("${p.name}", ...)\` comes before the containers that join it.`,
    (p) => `检查在找网络 "${p.name}"，但你的代码没有创建它：\`lab.createNetwork("${p.name}", ...)\` 要在加入它的容器之前。`,
  ),
  cliStateSubnetClash: entry<{ subnet: string }>(
    (p) => `${p.subnet} clashes with a route or a network on this machine: use the subnet and gateway the exercise hands you (\`net.subnet\`, \`net.gateway\`), not a fixed one.`,
    (p) => `${p.subnet} 与本机的路由或网络冲突：请使用练习提供的子网和网关（\`net.subnet\`、\`net.gateway\`），不要写死。`,
  ),
  cliStateDockerRefused: entry<{ action: string; cause: string }>(
    (p) => `Docker refused "${p.action}" (${p.cause}): the same \`docker\` command would fail too. Check the order of your calls and their options.`,
    (p) => `Docker 拒绝了 "${p.action}"（${p.cause}）：同样的 \`docker\` 命令也会失败。检查调用的顺序和选项。`,
  ),
  cliStateBridgeServers: entry(
    () => `web1 and web2 must each serve on port 80 in a namespace of its own: start both on the default bridge (no \`network: "host"\`) with a server command, \`command: ["httpd", "-f", "-p", "80", "-h", "/var/www"]\`.`,
    () => `web1 和 web2 都必须在各自的命名空间里监听 80 端口：在默认网桥上启动它们（不要 \`network: "host"\`），并给出服务器命令 \`command: ["httpd", "-f", "-p", "80", "-h", "/var/www"]\`。`,
  ),
  cliStateHostMode: entry(
    () => `h1 and h2 belong on the host's network: \`lab.run("h1", { network: "host", command: hostServer(port) })\` is \`docker run --network host\`; both must try the same port, one after the other.`,
    () => `h1 和 h2 应该在主机网络上：\`lab.run("h1", { network: "host", command: hostServer(port) })\` 就是 \`docker run --network host\`；两者必须先后尝试同一个端口。`,
  ),
  cliStatePublish: entry(
    () => `web's port 80 is not published where the check looked: \`lab.run("web", { publish: [\`\${hostPort}:80\`], command: WEB_SERVER })\` is \`docker run -p HOSTPORT:80\`; use the host port you were given, and start a server on 80.`,
    () => `web 的 80 端口没有发布到检查查看的位置：\`lab.run("web", { publish: [\`\${hostPort}:80\`], command: WEB_SERVER })\` 就是 \`docker run -p 主机端口:80\`；请使用给你的主机端口，并在 80 端口启动服务器。`,
  ),
  cliStateFindVeth: entry(
    () => `Read N from \`ip -o link show eth0\` inside the container (\`eth0@ifN\`), then return the name of the host interface whose index is N: \`(await lab.hostView()).byIndex(N)\`. The container's own eth0 is not the answer.`,
    () => `在容器内运行 \`ip -o link show eth0\`，从 \`eth0@ifN\` 读出 N，再返回主机上索引为 N 的接口名：\`(await lab.hostView()).byIndex(N)\`。容器自己的 eth0 不是答案。`,
  ),
  cliStateTwoNetworks: entry(
    () => `c1 should be on the default bridge and c2 on mynet, each on one network only: \`lab.run("c1")\` and \`lab.run("c2", { network: "mynet" })\`, with mynet created first from the subnet you were given.`,
    () => `c1 应该在默认网桥上，c2 在 mynet 上，各自只在一个网络里：\`lab.run("c1")\` 和 \`lab.run("c2", { network: "mynet" })\`，并先用给你的子网创建 mynet。`,
  ),
  cliStateConnect: entry(
    () => `c1 should end up on both networks: start it on the default bridge, then \`lab.connect("mynet", "c1")\` (\`docker network connect mynet c1\`) gives it a second interface and an address in mynet.`,
    () => `c1 最终应该同时在两个网络上：先在默认网桥上启动它，再用 \`lab.connect("mynet", "c1")\`（\`docker network connect mynet c1\`）给它第二个接口和 mynet 中的地址。`,
  ),
  cliStateStillIsolated: entry(
    () => `Only c1 should be connected to mynet: c3 stays on the default bridge alone (no \`lab.connect("mynet", "c3")\`), so the isolation between the networks still holds for it.`,
    () => `只有 c1 应该连接到 mynet：c3 只留在默认网桥上（不要 \`lab.connect("mynet", "c3")\`），这样两个网络之间的隔离对它仍然成立。`,
  ),
  cliStateDisconnect: entry(
    () => `c1 is still on mynet: \`lab.disconnect("mynet", "c1")\` (\`docker network disconnect mynet c1\`) takes its mynet interface and address away, and leaves the default bridge as it was.`,
    () => `c1 仍然在 mynet 上：\`lab.disconnect("mynet", "c1")\`（\`docker network disconnect mynet c1\`）会去掉它在 mynet 上的接口和地址，默认网桥保持不变。`,
  ),
  cliStateLinkHosts: entry(
    () => `c2's /etc/hosts has no entry for c1: did you pass a link? \`lab.run("c2", { links: ["c1"] })\` is \`docker run --link c1\`, and c1 must be started first.`,
    () => `c2 的 /etc/hosts 中没有 c1 的条目：你加了 --link 吗？\`lab.run("c2", { links: ["c1"] })\` 就是 \`docker run --link c1\`，而且 c1 必须先启动。`,
  ),
  cliStateLinkEnv: entry(
    () => `c2 has no C1_* variables: only --link writes them (a user-defined network gives names, not variables). Start c2 with \`{ links: ["c1"] }\`.`,
    () => `c2 中没有 C1_* 变量：只有 --link 会写入它们（自定义网络只提供名字，不提供变量）。用 \`{ links: ["c1"] }\` 启动 c2。`,
  ),
  cliStateNetworkInspect: entry(
    () => `diynetwork's driver, subnet or gateway is not what the exercise asked for: pass \`{ driver: "bridge", subnet: net.subnet, gateway: net.gateway }\` to lab.createNetwork.`,
    () => `diynetwork 的驱动、子网或网关与练习要求不符：给 lab.createNetwork 传入 \`{ driver: "bridge", subnet: net.subnet, gateway: net.gateway }\`。`,
  ),
  cliStateGateway: entry(
    () =>
      `c1 or c2 has no address in the subnet you were given, or its default route goes elsewhere: create diynetwork with \`subnet: net.subnet, gateway: net.gateway\` ` +
      `(the variables, not addresses copied from a message: each run gets its own) and start both with \`{ network: "diynetwork" }\`.`,
    () =>
      `c1 或 c2 没有给定子网内的地址，或默认路由指向别处：用 \`subnet: net.subnet, gateway: net.gateway\` 创建 diynetwork` +
      `（用变量，不要照抄消息里的地址：每次运行的子网都不同），并用 \`{ network: "diynetwork" }\` 启动它们两个。`,
  ),
  cliStateEmbeddedDns: entry(
    () => `c1 does not use the embedded DNS (127.0.0.11), or finds c2 in /etc/hosts: put c1 and c2 on diynetwork, without --link.`,
    () => `c1 没有使用内置 DNS（127.0.0.11），或者在 /etc/hosts 中找到了 c2：把 c1 和 c2 放在 diynetwork 上，不要用 --link。`,
  ),
  cliStateUnresolved: entry<{ from: string; target: string }>(
    (p) =>
      `${p.from} cannot find "${p.target}" by name: ${p.from}'s /etc/hosts has no entry for ${p.target} and no network DNS answers for it. ` +
      `Did you pass a link (\`lab.run("${p.from}", { links: ["${p.target}"] })\`), or put both on one user-defined network?`,
    (p) =>
      `${p.from} 无法按名字找到 "${p.target}"：${p.from} 的 /etc/hosts 中没有 ${p.target}，也没有网络 DNS 为它应答。` +
      `你加了 --link 吗（\`lab.run("${p.from}", { links: ["${p.target}"] })\`），或者把两者放进同一个自定义网络了吗？`,
  ),
  cliStateNoReply: entry<{ from: string; target: string; address: string }>(
    (p) => `${p.from} knows ${p.target} (${p.address}) but gets no reply: they share no bridge. Compare their networks (\`docker inspect\`), then connect one to the other's (\`lab.connect\`).`,
    (p) => `${p.from} 知道 ${p.target}（${p.address}），但收不到应答：它们没有共享的网桥。对比两者所在的网络（\`docker inspect\`），再把一个接入另一个的网络（\`lab.connect\`）。`,
  ),
  cliStateResolvedHosts: entry<{ from: string; name: string }>(
    (p) => `${p.from} finds "${p.name}" in its own /etc/hosts: ${p.from} was started with a link to ${p.name}. For this check it must not be.`,
    (p) => `${p.from} 在自己的 /etc/hosts 中找到了 "${p.name}"：${p.from} 启动时带了指向 ${p.name} 的 --link。这项检查要求不能这样。`,
  ),
  cliStateResolvedDns: entry<{ from: string; name: string }>(
    (p) => `${p.from} resolves "${p.name}" through a network's DNS: they share a user-defined network. For this check, keep them on the default bridge or on separate networks.`,
    (p) => `${p.from} 通过网络的 DNS 解析到了 "${p.name}"：它们在同一个自定义网络上。这项检查要求让它们留在默认网桥上，或分在不同网络。`,
  ),
  cliStateReply: entry<{ from: string; target: string }>(
    (p) => `${p.from} reaches ${p.target}, which this check says it must not: something joins them (the same network, or a \`connect\`). Keep them apart.`,
    (p) => `${p.from} 能连通 ${p.target}，而这项检查要求不能连通：有东西把它们连在一起（同一个网络，或一次 \`connect\`）。让它们分开。`,
  ),
  cliStateNoAddress: entry<{ container: string; cidr: string }>(
    (p) => `${p.container} has no IPv4 address at all: it runs with network none, or it has stopped. It should have one in ${p.cidr}.`,
    (p) => `${p.container} 根本没有 IPv4 地址：它使用了 none 网络，或者已经停止。它应当有一个位于 ${p.cidr} 内的地址。`,
  ),
  cliStateWrongAddress: entry<{ container: string; addresses: string; cidr: string }>(
    (p) => `${p.container} has ${p.addresses}, nothing in ${p.cidr}: it is on another network than the check expects. Look at its --network (or a missing \`connect\`).`,
    (p) => `${p.container} 的地址是 ${p.addresses}，没有位于 ${p.cidr} 内的：它不在检查期望的网络上。看看它的 --network（或是否漏了 \`connect\`）。`,
  ),

  // netlab watch
  cliWatchSummary: entry(
    () => "check the current exercise on every save, and move on when it passes",
    () => "每次保存时检查当前练习，通过后进入下一个",
  ),
  cliWatchUsage: entry(
    () =>
      `Usage: npx netlab watch [--poll]\n\n` +
      `Checks the first exercise that is not done, then again each time you save its file; when it passes,\n` +
      `goes on to the next. On a terminal: h = hint, l = list, r = check again, q = quit.\n` +
      `--poll looks at the file every 200 ms instead of waiting for change events (WSL2 /mnt drives,\n` +
      `network drives, some containers). netlab also turns to polling by itself when a save comes without an event.`,
    () =>
      `用法：npx netlab watch [--poll]\n\n` +
      `检查第一个尚未完成的练习，之后每次保存该文件都会重新检查；通过后进入下一个。\n` +
      `在终端中：h = 提示，l = 列表，r = 重新检查，q = 退出。\n` +
      `--poll 每 200 毫秒查看一次文件，而不是等待文件变更事件（WSL2 的 /mnt 盘、网络盘、某些容器）。\n` +
      `如果保存后没有收到事件，netlab 也会自动改为轮询。`,
  ),
  cliWatchStart: entry(
    () => `netlab watch: checking the current exercise on every save. Ctrl-C stops.`,
    () => `netlab watch：每次保存都会检查当前练习。按 Ctrl-C 停止。`,
  ),
  cliWatchStartKeys: entry(
    () => `netlab watch: checking the current exercise on every save. Keys: h hint · l list · r check again · q quit`,
    () => `netlab watch：每次保存都会检查当前练习。按键：h 提示 · l 列表 · r 重新检查 · q 退出`,
  ),
  cliWatchFocus: entry<{ id: string; n: number; total: number; title: string; file: string }>(
    (p) => `▶ Exercise ${p.n}/${p.total}: ${p.id} (${p.title})\n  Your file: ${p.file}`,
    (p) => `▶ 练习 ${p.n}/${p.total}：${p.id}（${p.title}）\n  你的文件：${p.file}`,
  ),
  cliWatchChanged: entry<{ file: string }>(
    (p) => `${p.file} saved: checking again.`,
    (p) => `${p.file} 已保存：重新检查。`,
  ),
  cliWatchWaiting: entry<{ file: string; id: string }>(
    (p) => `Waiting for you to save ${p.file}... Stuck? Run \`npx netlab hint ${p.id}\` in another terminal.`,
    (p) => `等待你保存 ${p.file}……卡住了？在另一个终端运行 \`npx netlab hint ${p.id}\`。`,
  ),
  cliWatchWaitingKeys: entry<{ file: string; id: string }>(
    (p) => `Waiting for you to save ${p.file}... Stuck? press h, or run \`npx netlab hint ${p.id}\` in another terminal.`,
    (p) => `等待你保存 ${p.file}……卡住了？按 h，或在另一个终端运行 \`npx netlab hint ${p.id}\`。`,
  ),
  cliWatchMovingOn: entry<{ id: string }>(
    (p) => `On to the next exercise: ${p.id}.`,
    (p) => `进入下一个练习：${p.id}。`,
  ),
  cliWatchPolling: entry<{ file: string }>(
    (p) => `(Polling ${p.file} every 200 ms, as --poll asks.)`,
    (p) => `（按 --poll 的要求，每 200 毫秒查看一次 ${p.file}。）`,
  ),
  cliWatchFallback: entry<{ why: string; file: string }>(
    (p) =>
      `File change events do not arrive here (${p.why}): polling ${p.file} every 200 ms instead.\n` +
      `To start this way next time: \`npx netlab watch --poll\`.`,
    (p) => `这里收不到文件变更事件（${p.why}）：改为每 200 毫秒查看一次 ${p.file}。\n下次可以直接这样启动：\`npx netlab watch --poll\`。`,
  ),
  cliWatchWhyWsl: entry(
    () => "a Windows drive under /mnt in WSL2",
    () => "WSL2 中 /mnt 下的 Windows 磁盘",
  ),
  cliWatchWhyNoEvents: entry(
    () => "a save came without an event",
    () => "保存后没有收到事件",
  ),
  cliWatchWhyError: entry<{ error: string }>(
    (p) => `the file watcher failed: ${p.error}`,
    (p) => `文件监视失败：${p.error}`,
  ),
  cliWatchBye: entry(
    () => `Stopped watching. Your progress is kept in .netlab/progress.json; \`npx netlab watch\` picks up where you left off.`,
    () => `已停止监视。你的进度保存在 .netlab/progress.json；\`npx netlab watch\` 会从你停下的地方继续。`,
  ),

  // netlab reset
  cliResetSummary: entry(
    () => "put an exercise's original stub back and forget its progress",
    () => "恢复某个练习的原始代码框架，并清除它的进度",
  ),
  cliResetUsage: entry(
    () =>
      `Usage: npx netlab reset <id> [--yes]\n\n` +
      `Puts the exercise's original stub back in exercises/ and clears its progress and hints, after you\n` +
      `confirm (--yes, or -y, skips the question). Your code is kept in .netlab/backup/. The stub comes from git\n` +
      `(the newest committed version that is still a stub) or from the copy netlab took when it first saw it.`,
    () =>
      `用法：npx netlab reset <id> [--yes]\n\n` +
      `在你确认后（--yes 或 -y 跳过确认），把该练习的原始代码框架恢复到 exercises/，并清除它的进度和提示记录。\n` +
      `你的代码会保存在 .netlab/backup/。原始框架取自 git（最新一次仍是框架的提交），或 netlab 第一次见到它时保存的副本。`,
  ),
  cliResetConfirm: entry<{ id: string; file: string; backup: string }>(
    (p) => `Reset ${p.id}? ${p.file} goes back to the original stub (your code is kept in ${p.backup}/) and its progress is cleared. [y/N] `,
    (p) => `重置 ${p.id}？${p.file} 将恢复为原始框架（你的代码保存在 ${p.backup}/），其进度将被清除。[y/N] `,
  ),
  cliResetCancelled: entry<{ id: string }>(
    (p) => `Not reset: ${p.id} is as it was. (\`npx netlab reset ${p.id} --yes\` resets without asking.)`,
    (p) => `未重置：${p.id} 保持原样。（\`npx netlab reset ${p.id} --yes\` 不经询问直接重置。）`,
  ),
  cliResetDone: entry<{ id: string; file: string; source: string }>(
    (p) => `Reset ${p.id}: ${p.file} is the original stub again (from ${p.source}); its progress and hints are cleared.`,
    (p) => `已重置 ${p.id}：${p.file} 已恢复为原始框架（来自 ${p.source}）；其进度和提示记录已清除。`,
  ),
  cliResetBackup: entry<{ backup: string }>(
    (p) => `Your previous code: ${p.backup}`,
    (p) => `你之前的代码：${p.backup}`,
  ),
  cliResetNoStub: entry<{ file: string }>(
    (p) =>
      `Cannot find the original stub of ${p.file}.\n` +
      `Why: netlab takes it from git (this folder's history has no version of the file) or from the copy in .netlab/pristine/ (there is none).\n` +
      `Try: \`git checkout <first commit> -- ${p.file}\` if you cloned the course, or copy the file from a fresh download of it.`,
    (p) =>
      `找不到 ${p.file} 的原始框架。\n` +
      `原因：netlab 从 git 中取它（此目录的历史里没有该文件的任何版本），或从 .netlab/pristine/ 中的副本取（没有副本）。\n` +
      `试试：如果你是克隆的课程，运行 \`git checkout <第一次提交> -- ${p.file}\`；否则从重新下载的课程中复制该文件。`,
  ),

  // netlab doctor
  cliDoctorSummary: entry(
    () => "is this machine ready for the course? engine, lab image, subnets",
    () => "这台机器能上这门课吗？检查引擎、实验镜像和子网",
  ),
  cliDoctorUsage: entry(
    () =>
      `Usage: npx netlab doctor\n\n` +
      `Checks what the course needs, each with its fix: Node.js, the Docker engine (reachable; native Linux,\n` +
      `Docker Desktop, Colima or rootless), the lab image (present, or built now from a static busybox: never\n` +
      `pulled), the subnets netlab hands out against host routes and existing networks, and leftovers of\n` +
      `interrupted runs. Exit code 3 without an engine, 1 when another problem blocks the course.`,
    () =>
      `用法：npx netlab doctor\n\n` +
      `逐项检查课程需要的条件，并给出修复方法：Node.js、Docker 引擎（能否连接；原生 Linux、Docker Desktop、\n` +
      `Colima 还是 rootless）、实验镜像（已存在，或现在用静态 busybox 构建：从不拉取）、netlab 分配的子网\n` +
      `是否与主机路由和已有网络冲突，以及中断的运行留下的资源。没有引擎时退出码为 3，其他阻碍课程的问题为 1。`,
  ),
  cliDoctorHeader: entry(() => "netlab doctor", () => "netlab doctor（环境检查）"),
  cliDoctorNode: entry(() => "Node.js", () => "Node.js"),
  cliDoctorNodeFix: entry(
    () => "netlab needs Node.js 20 or newer: install it from https://nodejs.org or with your version manager (`nvm install 20`).",
    () => "netlab 需要 Node.js 20 或更高版本：从 https://nodejs.org 安装，或使用版本管理器（`nvm install 20`）。",
  ),
  cliDoctorEngine: entry(() => "Docker engine", () => "Docker 引擎"),
  cliDoctorEngineFound: entry<{ detail: string; endpoint: string; via: string; context?: string }>(
    (p) => `${p.detail}, ${p.endpoint} (${p.via === "context" ? `context "${p.context}"` : p.via === "DOCKER_HOST" ? "DOCKER_HOST" : "found socket"})`,
    (p) => `${p.detail}，${p.endpoint}（${p.via === "context" ? `上下文 "${p.context}"` : p.via === "DOCKER_HOST" ? "DOCKER_HOST" : "找到的套接字"}）`,
  ),
  cliDoctorKind: entry(() => "Engine kind", () => "引擎类型"),
  cliDoctorKindDetail: entry<{ kind: string; engine: string; api: string; here: "yes" | "no" }>(
    (p) =>
      `${{ "docker-desktop": "Docker Desktop", colima: "Colima", rootless: "rootless Docker", orbstack: "OrbStack", podman: "Podman", "native-linux": "native Linux" }[p.kind] ?? p.kind}: ` +
      `${p.engine}, API ${p.api}; this machine is the engine's network host: ${p.here}`,
    (p) =>
      `${{ "docker-desktop": "Docker Desktop", colima: "Colima", rootless: "rootless Docker", orbstack: "OrbStack", podman: "Podman", "native-linux": "原生 Linux" }[p.kind] ?? p.kind}：` +
      `${p.engine}，API ${p.api}；本机是否为引擎的网络主机：${p.here === "yes" ? "是" : "否"}`,
  ),
  cliDoctorNotShown: entry<{ count: number }>(
    (p) => `On this engine the course cannot show ${p.count} thing(s); those checks are n/a (skipped with the reason, never counted as passed):`,
    (p) => `在此引擎上，课程有 ${p.count} 项内容无法展示；这些检查不适用（跳过并说明原因，绝不算作通过）：`,
  ),
  cliDoctorDeadlockFix: entry<{ version: string }>(
    (p) =>
      `Docker ${p.version} can deadlock its network controller when containers join and leave one network at once (moby/moby#42545, fixed in 20.10.27): ` +
      "then `docker version` still answers and everything else waits. netlab says so when it happens; restart the engine then (`sudo systemctl restart docker`). " +
      "Upgrading Docker ends it for good.",
    (p) =>
      `Docker ${p.version} 在容器同时加入和离开同一个网络时可能让网络控制器死锁（moby/moby#42545，20.10.27 已修复）：` +
      "此时 `docker version` 仍有应答，其他操作都在等待。出现时 netlab 会说明；请重启引擎（`sudo systemctl restart docker`）。" +
      "升级 Docker 可以彻底解决。",
  ),
  cliDoctorImage: entry(() => "Lab image", () => "实验镜像"),
  cliDoctorImagePresent: entry<{ image: string }>(
    (p) => `${p.image} is on the engine`,
    (p) => `引擎上已有 ${p.image}`,
  ),
  cliDoctorImageBuilt: entry<{ image: string }>(
    (p) => `${p.image} was built now (offline, from the host's static busybox)`,
    (p) => `刚刚构建了 ${p.image}（离线，使用主机上的静态 busybox）`,
  ),
  cliDoctorImageWillPull: entry<{ image: string }>(
    (p) => `not here yet: the first run pulls ${p.image} once (no static busybox on this host to build from)`,
    (p) => `尚不存在：第一次运行时会拉取一次 ${p.image}（本机没有可用于构建的静态 busybox）`,
  ),
  cliDoctorImageFailed: entry(() => "cannot be made", () => "无法准备"),
  cliDoctorSubnets: entry(() => "Exercise subnets", () => "练习用子网"),
  cliDoctorSubnetsOk: entry<{ example: string; users: number }>(
    (p) => `free /24s to hand out, e.g. ${p.example} (checked against ${p.users} host routes and Docker networks)`,
    (p) => `有可分配的空闲 /24 子网，例如 ${p.example}（已对照 ${p.users} 条主机路由和 Docker 网络）`,
  ),
  cliDoctorNoFreeSubnet: entry<{ users: number }>(
    (p) => `no free /24 left in 10.128.0.0/9 and 172.16.0.0/12 (${p.users} host routes and Docker networks use them)`,
    (p) => `10.128.0.0/9 和 172.16.0.0/12 中已没有空闲的 /24（被 ${p.users} 条主机路由和 Docker 网络占用）`,
  ),
  cliDoctorNoFreeSubnetFix: entry(
    () => "Remove networks you no longer need: `docker network prune` (and `npx netlab clean` for netlab's own).",
    () => "删除不再需要的网络：`docker network prune`（netlab 自己的用 `npx netlab clean`）。",
  ),
  cliDoctorRouteOverlap: entry<{ overlaps: string }>(
    (p) => `a Docker network overlaps a host route: ${p.overlaps}`,
    (p) => `有 Docker 网络与主机路由重叠：${p.overlaps}`,
  ),
  cliDoctorRouteOverlapFix: entry(
    () => "Containers on that network cannot reach that part of your LAN (or VPN). Remove the network, or give Docker other pools (\"default-address-pools\" in daemon.json).",
    () => "该网络上的容器无法访问你局域网（或 VPN）的那一部分。删除该网络，或为 Docker 配置其他地址池（daemon.json 中的 \"default-address-pools\"）。",
  ),
  cliDoctorNoteRange: entry<{ subnet: string }>(
    (p) => `The note's ${p.subnet}`,
    (p) => `笔记中的 ${p.subnet}`,
  ),
  cliDoctorNoteFree: entry<{ subnet: string }>(
    (p) => `${p.subnet} is free here (netlab still hands out its own subnets)`,
    (p) => `${p.subnet} 在这里是空闲的（netlab 仍会分配自己的子网）`,
  ),
  cliDoctorNoteClash: entry<{ subnet: string; clashes: string }>(
    (p) => `${p.subnet} overlaps ${p.clashes}`,
    (p) => `${p.subnet} 与 ${p.clashes} 重叠`,
  ),
  cliDoctorNoteClashFix: entry(
    () => "Nothing to do for the course: exercises hand you a free subnet instead. Typing the note's command by hand here would fail or hide part of your network.",
    () => "对课程没有影响：练习会提供一个空闲子网。在这里手工输入笔记中的命令会失败，或遮住你网络的一部分。",
  ),
  cliDoctorLeftovers: entry(() => "Leftovers", () => "残留资源"),
  cliDoctorNoLeftovers: entry(() => "none from interrupted runs", () => "没有中断运行留下的资源"),
  cliDoctorLeftoversFound: entry<{ runs: string }>(
    (p) => `containers or networks of runs that are gone: ${p.runs} (the next check removes them too)`,
    (p) => `已结束的运行留下了容器或网络：${p.runs}（下一次检查也会删除它们）`,
  ),
  cliDoctorSkipped: entry(() => "skipped: needs the engine", () => "已跳过：需要引擎"),
  cliDoctorFix: entry(() => "Fix:", () => "修复："),
  cliDoctorEngineBlocks: entry(
    () => "The Docker engine is not reachable: nothing in the course can run until it is (see the fix above).",
    () => "无法连接 Docker 引擎：在它可用之前，课程的任何内容都无法运行（修复方法见上）。",
  ),
  cliDoctorBlocked: entry<{ n: number }>(
    (p) => `${p.n} problem(s) block the course (marked ✗): fix them, then run \`npx netlab doctor\` again.`,
    (p) => `有 ${p.n} 个问题阻碍课程（标记为 ✗）：修复后再次运行 \`npx netlab doctor\`。`,
  ),
  cliDoctorReady: entry<{ warnings: number }>(
    (p) => `Ready for the course${p.warnings ? ` (${p.warnings} note(s) marked !)` : ""}. Start with \`npx netlab watch\`.`,
    (p) => `可以开始课程了${p.warnings ? `（${p.warnings} 条提醒，标记为 !）` : ""}。从 \`npx netlab watch\` 开始吧。`,
  ),

  // netlab clean
  cliCleanSummary: entry(
    () => "remove every container and network netlab made (by its label only)",
    () => "删除 netlab 创建的所有容器和网络（只按标签）",
  ),
  cliCleanUsage: entry(
    () =>
      `Usage: npx netlab clean [--dry-run] [--run ID] [--image]\n\n` +
      `Removes every container and network that carries netlab's label ("netlab"), whatever run made it, and\n` +
      `lists what it removed. Nothing without the label is touched. --dry-run only lists; --run ID limits it\n` +
      `to one run (the id in the names nl-<id>-...). The lab image stays for the next run unless --image is\n` +
      `given (for when you are done: it is rebuilt in about a second if you come back).`,
    () =>
      `用法：npx netlab clean [--dry-run] [--run ID] [--image]\n\n` +
      `删除所有带有 netlab 标签（"netlab"）的容器和网络（无论由哪次运行创建），并列出删除的内容。\n` +
      `没有该标签的东西一概不动。--dry-run 只列出；--run ID 只处理一次运行（名字 nl-<id>-... 中的 id）。\n` +
      `实验镜像会保留供下次使用，除非给出 --image（学完时使用：如果你再回来，它会在一秒左右重新构建）。`,
  ),
  cliCleanBadRun: entry(
    () => "--run takes a run id: the hex part after nl- in the names, e.g. `npx netlab clean --run 3f9a1c`.",
    () => "--run 需要一个运行 id：名字中 nl- 之后的十六进制部分，例如 `npx netlab clean --run 3f9a1c`。",
  ),
  cliCleanWould: entry<{ containers: number; networks: number }>(
    (p) => `Would remove ${p.containers} container(s) and ${p.networks} network(s) (--dry-run: nothing removed):`,
    (p) => `将删除 ${p.containers} 个容器和 ${p.networks} 个网络（--dry-run：没有删除任何东西）：`,
  ),
  cliCleanNothing: entry(
    () => "Nothing to remove: no container or network on the engine carries netlab's label.",
    () => "没有需要删除的：引擎上没有带 netlab 标签的容器或网络。",
  ),
  cliCleanRemoved: entry<{ containers: number; networks: number }>(
    (p) => `Removed ${p.containers} container(s) and ${p.networks} network(s) made by netlab:`,
    (p) => `已删除 netlab 创建的 ${p.containers} 个容器和 ${p.networks} 个网络：`,
  ),
  cliCleanImageWithRun: entry(
    () => "--image removes the lab image every run uses: give it without --run (`npx netlab clean --image`).",
    () => "--image 会删除所有运行共用的实验镜像：请不带 --run 使用（`npx netlab clean --image`）。",
  ),
  cliCleanImageRemoved: entry<{ image: string }>(
    (p) => `Removed the lab image ${p.image} (the next run builds it again in about a second).`,
    (p) => `已删除实验镜像 ${p.image}（下次运行会在一秒左右重新构建）。`,
  ),
  cliCleanImageKept: entry<{ image: string; why: string }>(
    (p) => `Kept the lab image ${p.image}: the engine said ${p.why}. Stop what uses it, then run this again.`,
    (p) => `保留了实验镜像 ${p.image}：引擎说 ${p.why}。停止使用它的东西后再运行一次。`,
  ),
  cliCleanImageNone: entry(
    () => "No lab image on the engine.",
    () => "引擎上没有实验镜像。",
  ),
  cliCleanKept: entry(
    () => "Nothing else was touched (only resources with the label \"netlab\"). The lab image stays for the next run (`npx netlab clean --image` removes it too).",
    () => "其他东西都没有动（只删除带 \"netlab\" 标签的资源）。实验镜像保留，供下次使用（`npx netlab clean --image` 也会删除它）。",
  ),

  // netlab explore
  cliExploreSummary: entry(
    () => "build an exercise's topology, leave it running, and draw it",
    () => "构建某个练习的拓扑，让它保持运行，并画出来",
  ),
  cliExploreUsage: entry(
    () =>
      `Usage: npx netlab explore <id> [--mine] [--once] [--out DIR]\n\n` +
      `Builds the topology of an exercise exactly as its test does (from the reference solution; from your\n` +
      `code with --mine, or where there is no solutions/ folder) and leaves it running for you to poke at: it prints \`docker exec -it ... sh\` for each\n` +
      `container, the docker commands that make the same by hand, and writes the topology (networks,\n` +
      `bridges, veth pairs, containers, addresses) as Mermaid text and as an SVG picture to .netlab/explore/\n` +
      `(or --out DIR). Ctrl-C removes everything it made. --once builds, prints, draws and removes at once.`,
    () =>
      `用法：npx netlab explore <id> [--mine] [--once] [--out DIR]\n\n` +
      `完全按练习的测试方式构建它的拓扑（取自参考答案；使用 --mine 或没有 solutions/ 文件夹时取自你的代码），并让它保持运行供你动手查看：\n` +
      `为每个容器打印 \`docker exec -it ... sh\`，打印手工做出同样拓扑的 docker 命令，并把拓扑（网络、\n` +
      `网桥、veth pair、容器、地址）以 Mermaid 文本和 SVG 图片写入 .netlab/explore/（或 --out DIR）。\n` +
      `按 Ctrl-C 删除它创建的一切。--once 构建、打印、绘图后立即删除。`,
  ),
  cliExploreNoSource: entry<{ file: string; id: string }>(
    (p) => `There is no ${p.file} to build ${p.id} from. Try \`npx netlab explore ${p.id} --mine\` (your code) or without --mine (the reference solution).`,
    (p) => `没有可用来构建 ${p.id} 的 ${p.file}。试试 \`npx netlab explore ${p.id} --mine\`（你的代码），或去掉 --mine（参考答案）。`,
  ),
  cliExploreNoSolutions: entry(
    () => "(This repository has no solutions/: exploring your own code in exercises/.)",
    () => "（此仓库没有 solutions/：将查看你在 exercises/ 中的代码。）",
  ),
  cliExploreBuilding: entry<{ id: string; source: string }>(
    (p) => `Building ${p.id} from ${p.source} on the live engine...`,
    (p) => `正在真实引擎上根据 ${p.source} 构建 ${p.id}……`,
  ),
  cliExploreNothing: entry<{ id: string; source: string }>(
    (p) => `Nothing to explore: ${p.source} started no container (is it still "not yet done"? \`npx netlab run ${p.id}\` shows what it does).`,
    (p) => `没有可查看的内容：${p.source} 没有启动任何容器（它是否仍是“尚未完成”？\`npx netlab run ${p.id}\` 会显示它做了什么）。`,
  ),
  cliExploreBuilt: entry<{ id: string; source: string; runId: string; containers: number; networks: number }>(
    (p) => `Built ${p.id} from ${p.source} (run ${p.runId}): ${p.containers} container(s), ${p.networks} network(s) of its own.`,
    (p) => `已根据 ${p.source} 构建 ${p.id}（运行 ${p.runId}）：${p.containers} 个容器，${p.networks} 个自建网络。`,
  ),
  cliExploreContainers: entry(
    () => "Containers (address on network, interface ⇄ host veth), and how to get a shell in each:",
    () => "容器（网络上的地址，接口 ⇄ 主机端 veth），以及进入各容器 shell 的命令：",
  ),
  cliExploreDocker: entry(
    () => "The same by hand with the docker CLI (the exercise's names; netlab used the unique names above):",
    () => "用 docker 命令手工做出同样的拓扑（使用练习中的名字；netlab 实际使用了上面的唯一名字）：",
  ),
  cliExploreDrawn: entry<{ mmd: string; svg: string }>(
    (p) => `Topology written to ${p.mmd} (Mermaid) and ${p.svg} (SVG, open it in a browser):`,
    (p) => `拓扑已写入 ${p.mmd}（Mermaid）和 ${p.svg}（SVG，可用浏览器打开）：`,
  ),
  cliExploreLeftRunning: entry<{ example: string }>(
    (p) => `Left running for you: try \`${p.example}\`. Ctrl-C removes everything explore made.`,
    (p) => `已保持运行：试试 \`${p.example}\`。按 Ctrl-C 删除 explore 创建的一切。`,
  ),
  cliExploreRemoved: entry<{ containers: number; networks: number }>(
    (p) => `Removed what explore made: ${p.containers} container(s), ${p.networks} network(s).`,
    (p) => `已删除 explore 创建的内容：${p.containers} 个容器，${p.networks} 个网络。`,
  ),

  // netlab grade and netlab dist (instructors); their other texts are in grading-messages.ts
  cliGradeSummary: entry(
    () => "grade learners' submissions against trusted tests (results.json, feedback.md, junit.xml, gradebook.csv)",
    () => "用可信的测试为学员的提交评分（results.json、feedback.md、junit.xml、gradebook.csv）",
  ),
  cliGradeUsage: entry<{ timeout: number; workers: number; visibilities: string }>(
    (p) =>
      `Usage: netlab grade <submission>... --out DIR [--jobs N] [--timeout SECONDS] [--extra-tests DIR]\n\n` +
      `Grades each submission folder (a learner's repository, or any folder holding their exercises/)\n` +
      `with this project's tests, framework and configuration. Only the .ts files under the submission's\n` +
      `exercises/ are taken: its tests, jest config, package.json and node_modules change nothing. An\n` +
      `exercise file that imports anything but "netlab" or files of its own exercises/ scores 0.\n\n` +
      `Options:\n` +
      `  --out DIR                 where results go: DIR/<submission>/results.json (Gradescope),\n` +
      `                            feedback.md, junit.xml, and DIR/gradebook.csv (required)\n` +
      `  --jobs N                  submissions graded at the same time on this engine (default 1)\n` +
      `  --timeout SECONDS         per exercise (default ${p.timeout}): its tests are stopped after this long and\n` +
      `                            fail; the learner's own code gets half of it\n` +
      `  --extra-tests DIR         instructor-only tests laid out like test/ (DIR/ch3/x.test.ts),\n` +
      `                            graded but never shipped to learners\n` +
      `  --hidden-visibility V     Gradescope visibility of those tests: ${p.visibilities}\n` +
      `                            (default after_published)\n` +
      `  --exercises ID,ID         grade only these exercises\n` +
      `  --workers N               jest workers per submission (default ${p.workers})\n` +
      `  --lang en|zh              language of feedback.md and results.json\n` +
      `  --keep                    keep the staged copies in the temp folder, to look at afterwards\n` +
      `  --in-process              run the code in the test process, unsandboxed: only for code you trust (your own solutions)\n` +
      `  --shard I/N               grade only the I-th of N equal parts of the submissions, sorted by name\n` +
      `                            (contiguous); merge the N output folders with \`netlab gradebook merge\`\n\n` +
      `Exit codes: 0 every submission was graded, whatever its score; 1 a submission could not be\n` +
      `graded because the grader itself failed (said above); 2 wrong arguments; 3 no Docker engine.`,
    (p) =>
      `用法：netlab grade <提交>... --out DIR [--jobs N] [--timeout SECONDS] [--extra-tests DIR]\n\n` +
      `用本项目的测试、框架和配置为每个提交目录（学员的仓库，或任何包含其 exercises/ 的目录）评分。\n` +
      `只采用提交中 exercises/ 下的 .ts 文件：提交里的测试、jest 配置、package.json 和 node_modules 都不起作用。\n` +
      `练习文件只要导入了 "netlab" 或其自身 exercises/ 中文件以外的任何内容，该练习即得 0 分。\n\n` +
      `选项：\n` +
      `  --out DIR                 结果的输出位置：DIR/<提交>/results.json（Gradescope）、\n` +
      `                            feedback.md、junit.xml，以及 DIR/gradebook.csv（必填）\n` +
      `  --jobs N                  在此引擎上同时评分的提交数（默认 1）\n` +
      `  --timeout SECONDS         每个练习的时限（默认 ${p.timeout}）：超时后其测试被停止并判为失败；\n` +
      `                            学员自己的代码只有其中一半的时间\n` +
      `  --extra-tests DIR         教师专用测试，目录结构同 test/（DIR/ch3/x.test.ts），\n` +
      `                            参与评分，但绝不会发给学员\n` +
      `  --hidden-visibility V     这些测试在 Gradescope 中的可见性：${p.visibilities}\n` +
      `                            （默认 after_published）\n` +
      `  --exercises ID,ID         只为这些练习评分\n` +
      `  --workers N               每个提交的 jest 工作进程数（默认 ${p.workers}）\n` +
      `  --lang en|zh              feedback.md 和 results.json 的语言\n` +
      `  --keep                    把暂存副本保留在临时目录中，便于事后查看\n` +
      `  --in-process              在测试进程中直接运行代码、不用沙箱：只用于你信任的代码（你自己的答案）\n` +
      `  --shard I/N               只为按名称排序后 N 等份（连续划分）中的第 I 份评分；\n` +
      `                            用 \`netlab gradebook merge\` 合并这 N 个输出目录\n\n` +
      `退出码：0 每个提交都已评分（无论分数如何）；1 有提交因评分程序自身出错而未能评分（见上文）；\n` +
      `2 参数错误；3 没有 Docker 引擎。`,
  ),
  cliDistSummary: entry(
    () => "write the learners' starter repository (stubs, docs, tests, GitHub Classroom workflow; no solutions)",
    () => "写出学员的初始仓库（练习框架、文档、测试、GitHub Classroom 工作流；不含参考答案）",
  ),
  cliDistUsage: entry(
    () =>
      `Usage: netlab dist DIR [--gradescope [--extra-tests DIR]]\n` +
      `       netlab dist --grader-workflow REPO --roster FILE [--extra-tests DIR]\n\n` +
      `Writes a starter repository for learners to DIR (new or empty): the exercises as stubs, the docs,\n` +
      `the course tests and the framework, and a GitHub Classroom workflow (.github/workflows/classroom.yml)\n` +
      `with one autograding step per exercise, worth its points. Never solutions/, never hidden tests.\n` +
      `Refuses when an exercise file equals its solution. Learners run \`npm install\` then \`npm test\`.\n\n` +
      `Options:\n` +
      `  --gradescope        write Gradescope's autograder instead: the same files plus setup.sh and\n` +
      `                      run_autograder at the top; zip the folder's content (\`cd DIR && zip -r ../autograder.zip .\`)\n` +
      `  --extra-tests DIR   with --gradescope: hidden tests, copied to hidden-tests/ and graded there;\n` +
      `                      with --grader-workflow: the hidden tests' folder in REPO, graded by every job\n` +
      `  --grader-workflow REPO  write REPO/.github/workflows/netlab-grade-class.yml instead: the\n` +
      `                      instructor's own grading workflow (REPO: this private repository, with the\n` +
      `                      hidden tests): a job per student in chunks of at most 254, then the gradebook\n` +
      `  --roster FILE       with --grader-workflow: the roster (student,repository,commit,deadline) in REPO\n\n` +
      `Exit codes: 0 written; 2 wrong arguments or DIR not empty; 1 the result failed its structure check.`,
    () =>
      `用法：netlab dist DIR [--gradescope [--extra-tests DIR]]\n` +
      `      netlab dist --grader-workflow REPO --roster FILE [--extra-tests DIR]\n\n` +
      `把供学员使用的初始仓库写入 DIR（新目录或空目录）：练习（作为代码框架）、文档、课程测试和框架，以及一个\n` +
      `GitHub Classroom 工作流（.github/workflows/classroom.yml），每个练习一个自动评分步骤，分值即该练习的分数。\n` +
      `绝不包含 solutions/，也绝不包含隐藏测试。某个练习文件与其参考答案相同时拒绝写入。\n` +
      `学员先运行 \`npm install\`，再运行 \`npm test\`。\n\n` +
      `选项：\n` +
      `  --gradescope        改为写入 Gradescope 的 autograder：同样的文件，另加顶层的 setup.sh 和\n` +
      `                      run_autograder；把目录中的内容打包（\`cd DIR && zip -r ../autograder.zip .\`）\n` +
      `  --extra-tests DIR   与 --gradescope 一起使用：隐藏测试，复制到 hidden-tests/ 并在那里评分；\n` +
      `                      与 --grader-workflow 一起使用：REPO 中隐藏测试的目录，每个作业都用它评分\n` +
      `  --grader-workflow REPO  改为写入 REPO/.github/workflows/netlab-grade-class.yml：教师自己的评分\n` +
      `                      工作流（REPO：本私有仓库，含隐藏测试）：每个学生一个作业，每块最多 254 个，最后生成成绩表\n` +
      `  --roster FILE       与 --grader-workflow 一起使用：REPO 中的名单（student,repository,commit,deadline）\n\n` +
      `退出码：0 已写入；2 参数错误或 DIR 不为空；1 结果未通过结构检查。`,
  ),

  // netlab roster and netlab gradebook (grading a class); their other texts are in class-messages.ts
  cliRosterSummary: entry(
    () => "check the class roster (student, repository, commit or deadline) and fetch each submission at its commit",
    () => "检查班级名单（学生、仓库、提交或截止时间），并获取每个提交的指定版本",
  ),
  cliRosterUsage: entry<{ timeout: number; jobs: number }>(
    (p) =>
      `Usage: netlab roster check FILE\n` +
      `       netlab roster fetch FILE --into DIR [--shard I/N] [--jobs N] [--timeout SECONDS]\n\n` +
      `The roster is a CSV the instructor keeps: a header, then one student a line:\n` +
      `  student,repository,commit,deadline\n` +
      `  alice,classroom-org/net-alice,3f2a...(40 hex),\n` +
      `  bob,classroom-org/net-bob,,2025-05-01T23:59:00+08:00\n` +
      `repository: owner/name (GitHub), an https:// or file:// URL, or an absolute path; per student a commit,\n` +
      `or a deadline (the last commit on the default branch before it, by the commit's own date).\n` +
      `check reports every problem as FILE:line:column. fetch puts each submission at its commit in\n` +
      `DIR/<student> (files only, no .git) and lists what it fetched in DIR/.fetched.csv. A read-only\n` +
      `token for github.com is taken from NETLAB_GIT_TOKEN.\n\n` +
      `Options:\n` +
      `  --into DIR          where the submissions go (fetch; required)\n` +
      `  --shard I/N         only the I-th of N equal parts of the roster, sorted by student\n` +
      `  --jobs N            repositories fetched at the same time (default ${p.jobs})\n` +
      `  --timeout SECONDS   each git command is stopped after this long (default ${p.timeout})\n\n` +
      `Exit codes: 0 the roster is valid (check) or every submission was fetched (fetch); 1 some could\n` +
      `not be fetched (said above); 2 wrong arguments or a roster with problems.`,
    (p) =>
      `用法：netlab roster check FILE\n` +
      `      netlab roster fetch FILE --into DIR [--shard I/N] [--jobs N] [--timeout SECONDS]\n\n` +
      `名单是教师保存的 CSV 文件：先是表头，然后每行一名学生：\n` +
      `  student,repository,commit,deadline\n` +
      `  alice,classroom-org/net-alice,3f2a...（40 位十六进制）,\n` +
      `  bob,classroom-org/net-bob,,2025-05-01T23:59:00+08:00\n` +
      `repository：owner/name（GitHub）、https:// 或 file:// URL，或绝对路径；每名学生填一个 commit，\n` +
      `或一个 deadline（默认分支上在此之前的最后一个提交，按提交自身记录的时间）。\n` +
      `check 以 FILE:行:列 的形式报告每一处问题。fetch 把每个提交的指定版本放到 DIR/<学生>\n` +
      `（只有文件，没有 .git），并在 DIR/.fetched.csv 中列出获取的内容。github.com 的只读令牌取自 NETLAB_GIT_TOKEN。\n\n` +
      `选项：\n` +
      `  --into DIR          提交的存放位置（fetch 必填）\n` +
      `  --shard I/N         只处理按学生名排序后 N 等份中的第 I 份\n` +
      `  --jobs N            同时获取的仓库数（默认 ${p.jobs}）\n` +
      `  --timeout SECONDS   每条 git 命令的时限（默认 ${p.timeout}）\n\n` +
      `退出码：0 名单有效（check）或所有提交都已获取（fetch）；1 有提交无法获取（见上文）；\n` +
      `2 参数错误或名单有问题。`,
  ),
  cliGradebookSummary: entry(
    () => "merge the output folders of several `netlab grade` runs (shards) into one gradebook.csv and summary",
    () => "把多次 `netlab grade`（分片）的输出目录合并为一个 gradebook.csv 和一份汇总",
  ),
  cliGradebookUsage: entry<{ choices: string }>(
    (p) =>
      `Usage: netlab gradebook merge --out DIR DIR1 DIR2... [--duplicates ${p.choices}]\n\n` +
      `Merges output folders of \`netlab grade\` (say the N shards of one class) into DIR: one\n` +
      `gradebook.csv, summary.md (the summary table), and every submission's folder. The rules of a single\n` +
      `run: the same columns or nothing (a gradebook of other exercises is refused); rows of DIR's own\n` +
      `gradebook are kept, rows graded again replaced in place, new rows added in the order of the\n` +
      `folders. Shards merged in order give the gradebook of one run over the sorted submissions.\n\n` +
      `Options:\n` +
      `  --out DIR             where the merged results go (required; may hold an earlier gradebook)\n` +
      `  --duplicates ${p.choices}  a submission in two of the folders: error (default; nothing is merged),\n` +
      `                        or later: the folder named later wins\n\n` +
      `Exit codes: 0 merged; 2 wrong arguments, or folders that cannot be merged (said why).`,
    (p) =>
      `用法：netlab gradebook merge --out DIR DIR1 DIR2... [--duplicates ${p.choices}]\n\n` +
      `把 \`netlab grade\` 的多个输出目录（例如同一个班级的 N 个分片）合并到 DIR：一个 gradebook.csv、\n` +
      `summary.md（汇总表）以及每个提交的目录。规则与单次评分相同：列必须相同，否则拒绝（不接受其他练习的成绩表）；\n` +
      `保留 DIR 中原有成绩表的行，重新评分的行原地替换，新行按目录顺序追加。\n` +
      `按顺序合并各分片，得到的成绩表与对排序后的全部提交进行一次评分的结果相同。\n\n` +
      `选项：\n` +
      `  --out DIR             合并结果的输出位置（必填；其中可以已有成绩表）\n` +
      `  --duplicates ${p.choices}  某个提交出现在两个目录中：error（默认；不进行合并），\n` +
      `                        或 later：排在后面的目录胜出\n\n` +
      `退出码：0 已合并；2 参数错误，或目录无法合并（会说明原因）。`,
  ),
};
