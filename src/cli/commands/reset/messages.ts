import { entry } from "../../../messages/entry";

/** The texts of `netlab reset`: putting a stub back. */
export const resetMessages = {
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
};
