import { entry } from "./entry";

/**
 * What grading a whole class says to the instructor: shards (`netlab grade --shard`), merging
 * output folders (`netlab gradebook merge`), the roster (`netlab roster`) and the grading workflow
 * (`netlab dist --grader-workflow`).
 */
export const classMessages = {
  gradeBadShard: entry<{ value: string }>(
    (p) => `--shard takes I/N, the I-th of N equal parts (1 <= I <= N), not "${p.value}".\nTry: \`--shard 1/3\`, \`--shard 2/3\` and \`--shard 3/3\` on three machines, then \`netlab gradebook merge\`.`,
    (p) => `--shard 需要 I/N 的形式，即 N 等份中的第 I 份（1 <= I <= N），而不是 "${p.value}"。\n试试：在三台机器上分别用 \`--shard 1/3\`、\`--shard 2/3\` 和 \`--shard 3/3\`，然后运行 \`netlab gradebook merge\`。`,
  ),
  gradeShardOf: entry<{ shard: string; count: number; total: number; first: string; last: string }>(
    (p) => `Shard ${p.shard}: ${p.count} of the ${p.total} submission(s), sorted by name${p.count > 0 ? ` (${p.first} to ${p.last})` : ""}.`,
    (p) => `分片 ${p.shard}：${p.total} 个提交中的 ${p.count} 个，按名称排序${p.count > 0 ? `（${p.first} 至 ${p.last}）` : ""}。`,
  ),

  // netlab gradebook merge
  mergeNeedSubcommand: entry<{ value: string }>(
    (p) => `netlab gradebook takes the action first: merge, not "${p.value}".\nTry: \`npx netlab gradebook merge --out class shard-1 shard-2 shard-3\``,
    (p) => `netlab gradebook 的第一个参数是操作：merge，而不是 "${p.value}"。\n试试：\`npx netlab gradebook merge --out class shard-1 shard-2 shard-3\``,
  ),
  mergeNeedOut: entry(
    () => `netlab gradebook merge needs --out DIR: where the merged gradebook.csv and summary.md go.\nTry: \`npx netlab gradebook merge --out class shard-1 shard-2\``,
    () => `netlab gradebook merge 需要 --out DIR：合并后的 gradebook.csv 和 summary.md 的输出位置。\n试试：\`npx netlab gradebook merge --out class shard-1 shard-2\``,
  ),
  mergeNeedDirs: entry(
    () => `netlab gradebook merge needs the output folders of \`netlab grade\` to merge.\nTry: \`npx netlab gradebook merge --out class shard-1 shard-2\``,
    () => `netlab gradebook merge 需要待合并的 \`netlab grade\` 输出目录。\n试试：\`npx netlab gradebook merge --out class shard-1 shard-2\``,
  ),
  mergeNoGradebook: entry<{ file: string }>(
    (p) => `${p.file} does not exist: that folder is not an output folder of \`netlab grade\` (or its run did not finish). Nothing was merged.`,
    (p) => `${p.file} 不存在：该目录不是 \`netlab grade\` 的输出目录（或那次评分没有完成）。没有进行合并。`,
  ),
  mergeNotGradebook: entry<{ file: string; header: string }>(
    (p) => `${p.file} is not a netlab gradebook: its header is "${p.header}", not "submission,<exercise ids>,total,max". Nothing was merged.`,
    (p) => `${p.file} 不是 netlab 的成绩表：其表头是 "${p.header}"，而不是 "submission,<练习 id>,total,max"。没有进行合并。`,
  ),
  mergeBadRow: entry<{ file: string; line: number; row: string }>(
    (p) => `${p.file}:${p.line}: the row "${p.row}" does not fit the header, or its first cell is not a submission folder's name. Nothing was merged.`,
    (p) => `${p.file}:${p.line}：行 "${p.row}" 与表头不符，或其第一格不是提交目录的名称。没有进行合并。`,
  ),
  mergeOtherColumns: entry<{ dir: string; has: string; first: string; wants: string }>(
    (p) =>
      `${p.dir} holds grades of other exercises (${p.has}) than ${p.first} (${p.wants}). Nothing was merged.\n` +
      `Why: one gradebook has one set of columns; mixing two would put scores under the wrong exercise.\n` +
      `Try: grade every shard with the same --exercises, or merge these folders separately.`,
    (p) =>
      `${p.dir} 中的成绩所属的练习（${p.has}）与 ${p.first}（${p.wants}）不同。没有进行合并。\n` +
      `原因：一个成绩表只有一组列；把两者混在一起会让分数落到错误的练习下。\n` +
      `试试：所有分片使用相同的 --exercises 评分，或分别合并这些目录。`,
  ),
  mergeOutOtherColumns: entry<{ out: string; has: string; wants: string }>(
    (p) =>
      `${p.out} already holds a gradebook of other exercises (${p.has}); the folders to merge have: ${p.wants}. Nothing was merged.\n` +
      `Why: one gradebook has one set of columns.\nTry: another --out folder.`,
    (p) =>
      `${p.out} 中已有其他练习的成绩表（${p.has}）；待合并的目录包含：${p.wants}。没有进行合并。\n` +
      `原因：一个成绩表只有一组列。\n试试：换一个 --out 目录。`,
  ),
  mergeDuplicate: entry<{ name: string; first: string; second: string }>(
    (p) =>
      `${p.name} was graded in two of the folders: ${p.first} and ${p.second}. Nothing was merged.\n` +
      `Why: every submission is in the gradebook once; which of its two grades counts is yours to say.\n` +
      `Try: leave one folder out, or \`--duplicates later\`: the folder named later wins (as grading again into an --out replaces the row).`,
    (p) =>
      `${p.name} 在两个目录中都被评分了：${p.first} 和 ${p.second}。没有进行合并。\n` +
      `原因：每个提交在成绩表中只出现一次；两个成绩中哪一个算数，需要由你决定。\n` +
      `试试：去掉其中一个目录，或使用 \`--duplicates later\`：排在后面的目录胜出（如同重新评分到同一个 --out 时替换该行）。`,
  ),
  mergeSummaryHeading: entry<{ exercises: number; submissions: number }>(
    (p) => `Gradebook: ${p.submissions} submission(s), ${p.exercises} exercise(s)`,
    (p) => `成绩表：${p.submissions} 个提交，${p.exercises} 个练习`,
  ),
  mergeWrote: entry<{ out: string; rows: number; dirs: number }>(
    (p) => `Merged ${p.dirs} folder(s) into ${p.out}: gradebook.csv with ${p.rows} row(s), summary.md, and each submission's results.json, feedback.md, junit.xml.`,
    (p) => `已将 ${p.dirs} 个目录合并到 ${p.out}：gradebook.csv（${p.rows} 行）、summary.md，以及每个提交的 results.json、feedback.md、junit.xml。`,
  ),
  mergeReplaced: entry<{ name: string; from: string; over: string }>(
    (p) => `${p.name}: the row of ${p.from} replaces the one of ${p.over} (--duplicates later).`,
    (p) => `${p.name}：${p.from} 中的行替换了 ${p.over} 中的行（--duplicates later）。`,
  ),

  // The roster
  rosterProblems: entry<{ count: number; problems: string }>(
    (p) => `The roster has ${p.count} problem(s); nothing was fetched:\n${p.problems}\nThe roster is CSV with a header: student,repository,commit,deadline (commit or deadline per student).`,
    (p) => `名单有 ${p.count} 处问题；没有获取任何提交：\n${p.problems}\n名单是带表头的 CSV：student,repository,commit,deadline（每个学生填 commit 或 deadline 之一）。`,
  ),
  rosterNoFile: entry<{ file: string }>(
    (p) => `${p.file} is not a file.\nTry: check the path; the roster is a CSV the instructor keeps, e.g. roster.csv.`,
    (p) => `${p.file} 不是一个文件。\n试试：检查路径；名单是教师保存的 CSV 文件，例如 roster.csv。`,
  ),
  rosterEmpty: entry<{ columns: string }>(
    (p) => `the roster is empty; its first line is the header: ${p.columns}`,
    (p) => `名单是空的；第一行应为表头：${p.columns}`,
  ),
  rosterUnknownColumn: entry<{ name: string; columns: string }>(
    (p) => `"${p.name}" is not a roster column; the columns are ${p.columns}`,
    (p) => `"${p.name}" 不是名单的列；可用的列为 ${p.columns}`,
  ),
  rosterColumnTwice: entry<{ name: string }>(
    (p) => `the column "${p.name}" is in the header twice`,
    (p) => `列 "${p.name}" 在表头中出现了两次`,
  ),
  rosterMissingColumn: entry<{ name: string }>(
    (p) => `the header has no ${p.name} column`,
    (p) => `表头中没有 ${p.name} 列`,
  ),
  rosterCellCount: entry<{ count: number; wanted: number; header: string }>(
    (p) => `${p.count} cell(s) where the header (${p.header}) has ${p.wanted}; a cell with a comma goes in double quotes`,
    (p) => `有 ${p.count} 个单元格，而表头（${p.header}）有 ${p.wanted} 个；含逗号的单元格要放在双引号中`,
  ),
  rosterBadStudent: entry<{ value: string }>(
    (p) => `"${p.value}" is not a usable student name: letters, digits, ".", "_" and "-" only, starting with a letter or digit, at most 100 (it names a folder, an artifact and a job)`,
    (p) => `"${p.value}" 不能用作学生名：只能包含字母、数字、"."、"_" 和 "-"，以字母或数字开头，最多 100 个字符（它会用作目录名、制品名和作业名）`,
  ),
  rosterStudentTwice: entry<{ value: string; line: number }>(
    (p) => `${p.value} is already on line ${p.line}; every student once`,
    (p) => `${p.value} 已经在第 ${p.line} 行出现；每个学生只能出现一次`,
  ),
  rosterBadRepository: entry<{ value: string }>(
    (p) => `"${p.value}" is not a repository: owner/name (GitHub), an https:// or file:// URL, or an absolute path`,
    (p) => `"${p.value}" 不是仓库：应为 owner/name（GitHub）、https:// 或 file:// URL，或绝对路径`,
  ),
  rosterCommitAndDeadline: entry(
    () => `both a commit and a deadline; give one (the commit is exact, the deadline picks the last commit before it)`,
    () => `同时填写了 commit 和 deadline；只填其一（commit 是确切的提交，deadline 选取其之前的最后一个提交）`,
  ),
  rosterNoCommitNoDeadline: entry(
    () => `neither a commit nor a deadline; give one of them`,
    () => `commit 和 deadline 都没有填写；请填写其中之一`,
  ),
  rosterBadCommit: entry<{ value: string }>(
    (p) => `"${p.value}" is not a full commit id (40 lowercase hex digits; a short one can be ambiguous and cannot be fetched alone)`,
    (p) => `"${p.value}" 不是完整的提交 id（40 位小写十六进制；短 id 可能有歧义，也无法单独获取）`,
  ),
  rosterBadDeadline: entry<{ value: string }>(
    (p) => `"${p.value}" is not a deadline: ISO 8601 with a time zone, e.g. 2025-05-01T23:59:00+08:00 or 2025-05-01T15:59:00Z`,
    (p) => `"${p.value}" 不是有效的截止时间：应为带时区的 ISO 8601，例如 2025-05-01T23:59:00+08:00 或 2025-05-01T15:59:00Z`,
  ),
  rosterNoCommitBefore: entry<{ deadline: string }>(
    (p) => `the default branch has no commit before the deadline ${p.deadline}`,
    (p) => `默认分支在截止时间 ${p.deadline} 之前没有任何提交`,
  ),
  rosterFetchTimeout: entry<{ seconds: number }>(
    (p) => `git took longer than ${p.seconds}s and was stopped`,
    (p) => `git 运行超过 ${p.seconds} 秒，已被停止`,
  ),
  rosterNeedAction: entry<{ value: string }>(
    (p) => `netlab roster takes the action first: check or fetch, not "${p.value}".\nTry: \`npx netlab roster check roster.csv\``,
    (p) => `netlab roster 的第一个参数是操作：check 或 fetch，而不是 "${p.value}"。\n试试：\`npx netlab roster check roster.csv\``,
  ),
  rosterNeedFile: entry(
    () => `netlab roster needs the roster file.\nTry: \`npx netlab roster check roster.csv\``,
    () => `netlab roster 需要名单文件。\n试试：\`npx netlab roster check roster.csv\``,
  ),
  rosterNeedInto: entry(
    () => `netlab roster fetch needs --into DIR: each submission goes to DIR/<student>.\nTry: \`npx netlab roster fetch roster.csv --into submissions\``,
    () => `netlab roster fetch 需要 --into DIR：每个提交会放到 DIR/<学生>。\n试试：\`npx netlab roster fetch roster.csv --into submissions\``,
  ),
  rosterOk: entry<{ file: string; count: number; commits: number; deadlines: number }>(
    (p) => `${p.file}: ${p.count} student(s), ${p.commits} at a commit, ${p.deadlines} at a deadline. No problems.`,
    (p) => `${p.file}：${p.count} 名学生，${p.commits} 个指定提交，${p.deadlines} 个指定截止时间。没有问题。`,
  ),
  rosterFetchedOne: entry<{ student: string; commit: string }>(
    (p) => `fetched ${p.student} at ${p.commit}`,
    (p) => `已获取 ${p.student}，提交 ${p.commit}`,
  ),
  rosterFetchFailed: entry<{ student: string; error: string }>(
    (p) => `could not fetch ${p.student}: ${p.error}`,
    (p) => `无法获取 ${p.student}：${p.error}`,
  ),
  rosterFetchDone: entry<{ count: number; failed: number; into: string }>(
    (p) => `Fetched ${p.count - p.failed} of ${p.count} submission(s) into ${p.into} (what was fetched at which commit: ${p.into}/.fetched.csv).${p.failed > 0 ? ` ${p.failed} failed (said above): no folder for them.` : ""}`,
    (p) => `已将 ${p.count} 个提交中的 ${p.count - p.failed} 个获取到 ${p.into}（各提交对应的提交 id 见 ${p.into}/.fetched.csv）。${p.failed > 0 ? `${p.failed} 个失败（见上文）：它们没有目录。` : ""}`,
  ),

  // netlab dist --grader-workflow
  distGraderNeedsRoster: entry(
    () => `--grader-workflow needs --roster FILE: the workflow's jobs are computed from the roster.\nTry: \`npx netlab dist --grader-workflow . --roster roster.csv --extra-tests hidden\``,
    () => `--grader-workflow 需要 --roster FILE：工作流的作业是根据名单计算出来的。\n试试：\`npx netlab dist --grader-workflow . --roster roster.csv --extra-tests hidden\``,
  ),
  distGraderNotInside: entry<{ what: string; path: string; dir: string }>(
    (p) => `${p.what} ${p.path} is not inside ${p.dir}: the workflow runs in that repository and reads it from there.\nTry: move it into the repository.`,
    (p) => `${p.what} ${p.path} 不在 ${p.dir} 之内：工作流在该仓库中运行，并从那里读取它。\n试试：把它移到仓库中。`,
  ),
  distGraderAlone: entry(
    () => `--grader-workflow writes the instructor's workflow only; it does not go with a starter repository folder or --gradescope.\nTry: \`npx netlab dist --grader-workflow . --roster roster.csv\` on its own.`,
    () => `--grader-workflow 只写入教师的工作流；不能与初始仓库目录或 --gradescope 一起使用。\n试试：单独运行 \`npx netlab dist --grader-workflow . --roster roster.csv\`。`,
  ),
  distWroteGraderWorkflow: entry<{ file: string; students: number; chunks: number; secret: string }>(
    (p) =>
      `Wrote ${p.file}: ${p.students} student(s) in ${p.chunks} chunk(s); dispatch it once per chunk (Actions > Grade the class > Run workflow).\n` +
      `Add the repository secret ${p.secret}: a fine-grained token that can only read (Contents: read) the students' repositories. Only the fetch jobs see it.`,
    (p) =>
      `已写入 ${p.file}：${p.students} 名学生，分为 ${p.chunks} 块；每块运行一次（Actions > Grade the class > Run workflow）。\n` +
      `请添加仓库机密 ${p.secret}：一个只能读取（Contents: read）学生仓库的细粒度令牌。只有获取作业能看到它。`,
  ),
};
