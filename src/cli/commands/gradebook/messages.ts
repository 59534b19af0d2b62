import { entry } from "../../../messages/entry";

/** The texts of `netlab gradebook`: its usage (merging is told by src/messages/class-messages.ts). */
export const gradebookMessages = {
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
