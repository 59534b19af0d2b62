import { entry } from "../../../messages/entry";

/** The texts of `netlab roster`: its usage (the roster's own messages are in src/messages/class-messages.ts). */
export const rosterMessages = {
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
};
