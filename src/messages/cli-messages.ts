import { entry } from "./entry";

/**
 * What any `npx netlab` command may print: the help, usage errors, a bug, the state file, the next
 * step. Each command's own texts live beside it, in src/cli/commands/<name>/messages.ts.
 */
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
  cliNextRun: entry<{ id: string }>(
    (p) => `Next: \`npx netlab run ${p.id}\` (or \`npx netlab watch\`, which checks again on every save).`,
    (p) => `下一步：\`npx netlab run ${p.id}\`（或 \`npx netlab watch\`，每次保存都会重新检查）。`,
  ),
};
