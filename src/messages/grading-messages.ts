import { entry } from "./entry";

/**
 * What `netlab grade` and `netlab dist` say: to the learner in feedback.md and results.json (what
 * happened, where, and what to do), and to the instructor on the terminal.
 */
export const gradingMessages = {
  // --- Learner: what stopped an exercise from being graded (feedback.md, results.json) ---
  gradeFileMissing: entry<{ file: string; exercise: string }>(
    (p) => `exercises/${p.file} is missing from your submission, so the tests of ${p.exercise} could not run.\nTry: restore the file (\`git checkout -- exercises/${p.file}\` brings back the stub) and solve it there.`,
    (p) => `你的提交中缺少 exercises/${p.file}，因此 ${p.exercise} 的测试无法运行。\n试试：恢复该文件（\`git checkout -- exercises/${p.file}\` 可以找回初始代码），然后在其中完成练习。`,
  ),
  gradeSymlink: entry<{ file: string }>(
    (p) => `exercises/${p.file} is a symbolic link; the grader takes only real files. Submit the file itself.`,
    (p) => `exercises/${p.file} 是一个符号链接；评分只接收真实文件。请提交文件本身。`,
  ),
  gradeTooLarge: entry<{ file: string; kb: number }>(
    (p) => `exercises/${p.file} is ${p.kb} KB; the grader takes exercise files up to 512 KB. Keep generated data out of exercises/.`,
    (p) => `exercises/${p.file} 有 ${p.kb} KB；评分只接收不超过 512 KB 的练习文件。请不要把生成的数据放进 exercises/。`,
  ),
  gradeSyntax: entry<{ file: string; line: number; column: number; message: string; exercise: string }>(
    (p) => `exercises/${p.file}:${p.line}:${p.column}: syntax error: ${p.message}\nThe file does not compile, so the tests of ${p.exercise} could not run. \`npx tsc --noEmit\` shows the same error.`,
    (p) => `exercises/${p.file}:${p.line}:${p.column}：语法错误：${p.message}\n该文件无法编译，因此 ${p.exercise} 的测试无法运行。\`npx tsc --noEmit\` 会显示同样的错误。`,
  ),
  gradeImportForbidden: entry<{ file: string; line: number; spec: string; exercise: string }>(
    (p) =>
      `exercises/${p.file}:${p.line} imports "${p.spec}", so ${p.exercise} scores 0.\n` +
      `Why: an exercise may import only "netlab" and files of your own exercises/ folder; grading checks your code, not the reference solutions or netlab's internals.\n` +
      `Try: \`import { Lab } from "netlab";\` and write the code in the exercise file.`,
    (p) =>
      `exercises/${p.file}:${p.line} 导入了 "${p.spec}"，因此 ${p.exercise} 记 0 分。\n` +
      `原因：练习只能导入 "netlab" 和你自己 exercises/ 目录中的文件；评分检查的是你的代码，而不是参考答案或 netlab 的内部实现。\n` +
      `试试：使用 \`import { Lab } from "netlab";\`，并在练习文件中写出代码。`,
  ),
  gradeImportComputed: entry<{ file: string; line: number; exercise: string }>(
    (p) => `exercises/${p.file}:${p.line} loads a module whose name is computed at run time; the grader cannot tell what it loads, so ${p.exercise} scores 0.\nTry: import what you need from "netlab" with a plain \`import\`.`,
    (p) => `exercises/${p.file}:${p.line} 加载的模块名在运行时才计算出来；评分无法判断它加载了什么，因此 ${p.exercise} 记 0 分。\n试试：用普通的 \`import\` 从 "netlab" 导入所需内容。`,
  ),
  gradeImportHatch: entry<{ file: string; line: number; what: string; exercise: string }>(
    (p) => `exercises/${p.file}:${p.line} uses \`${p.what}\`, a way to load code around the imports that the grader cannot check, so ${p.exercise} scores 0.\nTry: use only what "netlab" gives you.`,
    (p) => `exercises/${p.file}:${p.line} 使用了 \`${p.what}\`，这是一种绕过导入来加载代码的方式，评分无法检查，因此 ${p.exercise} 记 0 分。\n试试：只使用 "netlab" 提供的功能。`,
  ),
  gradeImportVia: entry<{ exercise: string; file: string; helper: string; detail: string }>(
    (p) => `${p.exercise} scores 0: exercises/${p.file} uses exercises/${p.helper}, and that file breaks the import rule:\n${p.detail}`,
    (p) => `${p.exercise} 记 0 分：exercises/${p.file} 使用了 exercises/${p.helper}，而该文件违反了导入规则：\n${p.detail}`,
  ),
  gradeTimeout: entry<{ exercise: string; testFile: string; seconds: number; file: string }>(
    (p) =>
      `The tests of ${p.exercise} (${p.testFile}) did not finish within ${p.seconds}s and were stopped.\n` +
      `Look in exercises/${p.file} for a loop that never ends (at the top of the file or in your function) or code that blocks; a missing \`await\` ends in the exercise's own time limit instead.`,
    (p) =>
      `${p.exercise} 的测试（${p.testFile}）未能在 ${p.seconds} 秒内结束，已被终止。\n` +
      `请在 exercises/${p.file} 中查找永不结束的循环（在文件顶层或你的函数里）或阻塞的代码；漏写 \`await\` 则会在练习自身的时限处结束。`,
  ),
  gradeSuiteFailed: entry<{ exercise: string; testFile: string; detail: string }>(
    (p) => `The tests of ${p.exercise} (${p.testFile}) could not run, because loading your code failed:\n${p.detail}`,
    (p) => `${p.exercise} 的测试（${p.testFile}）无法运行，因为加载你的代码时出错：\n${p.detail}`,
  ),
  gradeProcessEnded: entry<{ exercise: string; testFile: string }>(
    (p) => `The test process of ${p.exercise} (${p.testFile}) ended before it reported. Does your code end the process (process.exit, process.kill)? An exercise must return, not stop the process.`,
    (p) => `${p.exercise} 的测试进程（${p.testFile}）在报告结果之前就结束了。你的代码是否结束了进程（process.exit、process.kill）？练习应当返回，而不是终止进程。`,
  ),
  gradeProcessExit: entry<{ call: string }>(
    (p) => `Your code called ${p.call}; netlab stopped it there. An exercise must return (or throw), never end the process.`,
    (p) => `你的代码调用了 ${p.call}；netlab 在此处阻止了它。练习应当返回（或抛出错误），而不是结束进程。`,
  ),
  gradeNoResult: entry<{ testFile: string }>(
    (p) => `This test did not report a result although ${p.testFile} ran.`,
    (p) => `虽然 ${p.testFile} 已运行，但这个测试没有报告结果。`,
  ),
  gradeNotRun: entry<{ testFile: string }>(
    (p) => `This check of ${p.testFile} was skipped, though the grading engine can show it: it did not run, so it cannot count as passed.`,
    (p) => `${p.testFile} 中的这项检查被跳过了，但评分所用的引擎可以展示它：它没有运行，因此不能算作通过。`,
  ),
  gradeNoExercises: entry<{ path: string }>(
    (p) => `No exercises/ folder in this submission (${p.path}), so nothing could be graded. Submit your repository with its exercises/ folder.`,
    (p) => `此提交（${p.path}）中没有 exercises/ 目录，因此无法评分。请提交包含 exercises/ 目录的仓库。`,
  ),
  gradeExtraFile: entry<{ file: string }>(
    (p) => `exercises/${p.file} is not an exercise of this course: it was kept (your exercises may import it) but not graded.`,
    (p) => `exercises/${p.file} 不是本课程的练习：它被保留（你的练习可以导入它），但不计分。`,
  ),
  gradeOutputCut: entry<{ chars: number }>(
    (p) => `[... ${p.chars} more characters cut]`,
    (p) => `[……其余 ${p.chars} 个字符已省略]`,
  ),

  // --- Learner: feedback.md and results.json ---
  fbTitle: entry<{ name: string }>((p) => `netlab feedback: ${p.name}`, (p) => `netlab 评分反馈：${p.name}`),
  fbScore: entry<{ score: string; max: string; passed: number; total: number }>(
    (p) => `Score: ${p.score} / ${p.max} (${p.passed} of ${p.total} checks passed)`,
    (p) => `得分：${p.score} / ${p.max}（${p.total} 项检查中通过 ${p.passed} 项）`,
  ),
  fbExercise: entry(() => "Exercise", () => "练习"),
  fbPoints: entry(() => "Points", () => "得分"),
  fbResult: entry(() => "Result", () => "结果"),
  fbAllPassed: entry(() => "all checks pass", () => "全部通过"),
  fbSomeFailed: entry<{ failed: number; total: number }>((p) => `${p.failed} of ${p.total} checks fail`, (p) => `${p.total} 项检查中 ${p.failed} 项未通过`),
  fbNotGraded: entry(() => "0: could not run (see below)", () => "0 分：无法运行（见下文）"),
  fbProblems: entry(() => "Problems found in your files", () => "在你的文件中发现的问题"),
  fbDetails: entry(() => "What failed, and why", () => "哪些检查未通过，以及原因"),
  fbHint: entry(() => "Hint", () => "提示"),
  // feedback.md is written to grades/<submission>/, where no docs/ is: a relative link there would be broken.
  fbRead: entry<{ page: string }>(
    (p) => `**Read:** \`${p.page}\` in the course repository`,
    (p) => `**阅读：**课程仓库中的 \`${p.page}\``,
  ),
  fbHidden: entry<{ passed: number; total: number }>(
    (p) => `Instructor-only checks: ${p.passed} of ${p.total} pass (their details are not shown).`,
    (p) => `教师专用检查：${p.total} 项中通过 ${p.passed} 项（不显示细节）。`,
  ),
  fbNotes: entry(() => "Notes", () => "备注"),
  fbNotShown: entry(() => "Not counted on the grading engine", () => "在评分引擎上不计分"),
  fbNotShownIntro: entry(
    () => "The grading engine cannot show these checks; they are left out of the score and of its maximum.",
    () => "评分所用的引擎无法展示这些检查；它们不计入得分，也不计入满分。",
  ),
  resultsNotShown: entry<{ count: number; checks: string }>(
    (p) => `${p.count} check(s) are n/a on the grading engine and left out of max_score (feedback.md says why): ${p.checks}`,
    (p) => `${p.count} 项检查在评分引擎上不适用，不计入 max_score（原因见 feedback.md）：${p.checks}`,
  ),
  resultsSummary: entry<{ score: string; max: string; passed: number; total: number }>(
    (p) => `netlab: ${p.score} / ${p.max} points; ${p.passed} of ${p.total} checks pass. feedback.md explains every failing check.`,
    (p) => `netlab：${p.score} / ${p.max} 分；${p.total} 项检查中通过 ${p.passed} 项。feedback.md 解释了每一项未通过的检查。`,
  ),

  // --- Instructor: the terminal ---
  gradeNeedSubmission: entry(
    () => `netlab grade needs at least one submission folder.\nTry: \`npx netlab grade submissions/* --out grades\``,
    () => `netlab grade 至少需要一个提交目录。\n试试：\`npx netlab grade submissions/* --out grades\``,
  ),
  gradeNeedOut: entry(
    () => `netlab grade needs --out DIR: where results.json, feedback.md, junit.xml and gradebook.csv go.\nTry: \`npx netlab grade submissions/* --out grades\``,
    () => `netlab grade 需要 --out DIR：results.json、feedback.md、junit.xml 和 gradebook.csv 的输出位置。\n试试：\`npx netlab grade submissions/* --out grades\``,
  ),
  gradeBadNumber: entry<{ flag: string; value: string; example: string }>(
    (p) => `--${p.flag} takes a positive whole number, not "${p.value}".\nTry: \`--${p.flag} ${p.example}\``,
    (p) => `--${p.flag} 需要一个正整数，而不是 "${p.value}"。\n试试：\`--${p.flag} ${p.example}\``,
  ),
  gradeBadChoice: entry<{ flag: string; value: string; choices: string }>(
    (p) => `--${p.flag} is one of ${p.choices}, not "${p.value}".`,
    (p) => `--${p.flag} 只能是 ${p.choices} 之一，而不是 "${p.value}"。`,
  ),
  gradeNoSuchDir: entry<{ what: string; path: string }>(
    (p) => `${p.what} ${p.path} is not a folder.\nTry: check the path (\`ls ${p.path}\`).`,
    (p) => `${p.what} ${p.path} 不是一个目录。\n试试：检查路径（\`ls ${p.path}\`）。`,
  ),
  gradeSameName: entry<{ name: string; paths: string }>(
    (p) => `Two submissions share the folder name "${p.name}" (${p.paths}); their results would overwrite each other in --out.\nTry: rename one folder, or grade them in separate runs.`,
    (p) => `有两个提交的目录名相同 "${p.name}"（${p.paths}）；它们的结果会在 --out 中互相覆盖。\n试试：重命名其中一个目录，或分两次评分。`,
  ),
  gradePlanProblems: entry<{ problems: string }>(
    (p) => `netlab grade cannot work out which tests decide the grade:\n${p.problems}\nWhy: points are spread over the tests before any learner code runs, so every test must be readable and belong to an exercise.\nTry: fix the test files above; describe titles start with the exercise id ("ch3-link: ...").`,
    (p) => `netlab grade 无法确定哪些测试决定分数：\n${p.problems}\n原因：在运行任何学员代码之前，分数就要分配到各个测试上，因此每个测试都必须可读并属于某个练习。\n试试：修正上述测试文件；describe 标题以练习 id 开头（"ch3-link: ..."）。`,
  ),
  gradeConfigUnreadable: entry<{ root: string; detail: string }>(
    (p) => `netlab grade could not read the jest config in ${p.root}:\n${p.detail}\nTry: \`npx jest --showConfig\` in ${p.root} shows the same error.`,
    (p) => `netlab grade 无法读取 ${p.root} 中的 jest 配置：\n${p.detail}\n试试：在 ${p.root} 中运行 \`npx jest --showConfig\` 会显示同样的错误。`,
  ),
  gradeNoCourseProject: entry<{ config: string }>(
    (p) => `netlab grade: ${p.config} has no project named "course", so there are no course tests to grade with.\nTry: keep the project with \`displayName: "course"\` in its \`projects\`.`,
    (p) => `netlab grade：${p.config} 中没有名为 "course" 的项目，因此没有可用于评分的课程测试。\n试试：在它的 \`projects\` 中保留 \`displayName: "course"\` 的项目。`,
  ),
  gradeCourseProjectNotData: entry<{ config: string }>(
    (p) => `netlab grade: the "course" project of ${p.config} holds something other than plain data (a function, a RegExp, undefined); the grader writes it into a JSON config, which would lose it.\nTry: write those options as strings, as jest's docs do (regular expressions as pattern strings).`,
    (p) => `netlab grade：${p.config} 中的 "course" 项目含有普通数据以外的东西（函数、RegExp、undefined）；评分程序会把它写进 JSON 配置，这些内容会丢失。\n试试：像 jest 文档那样把这些选项写成字符串（正则表达式写成模式字符串）。`,
  ),
  gradeNotGraded: entry<{ name: string; detail: string }>(
    (p) => `Could not grade ${p.name}: the grader itself failed (not the submission):\n${p.detail}`,
    (p) => `无法为 ${p.name} 评分：出错的是评分程序本身（而不是提交）：\n${p.detail}`,
  ),
  gradeStoppedEngineStuck: entry<{ at: string }>(
    (p) => `Not graded: the Docker engine got stuck while ${p.at} was graded, and every submission after it would have failed the same way. Restart the engine, then grade this one again.`,
    (p) => `未评分：在为 ${p.at} 评分时 Docker 引擎卡住了，之后的每份提交都会以同样的方式失败。请重启引擎，然后重新为这一份评分。`,
  ),
  gradeSomeNotGraded: entry<{ count: number }>(
    (p) => `${p.count} submission(s) could not be graded (see above); their rows in gradebook.csv are empty. Fix the cause and grade them again.`,
    (p) => `有 ${p.count} 个提交无法评分（见上文）；它们在 gradebook.csv 中的行为空。请排除原因后重新评分。`,
  ),
  gradeStarting: entry<{ count: number; jobs: number; seconds: number }>(
    (p) => `Grading ${p.count} submission(s), ${p.jobs} at a time, each exercise stopped after ${p.seconds}s.`,
    (p) => `正在为 ${p.count} 个提交评分，每次 ${p.jobs} 个，每个练习最多 ${p.seconds} 秒。`,
  ),
  gradeStopping: entry(
    () => `netlab grade: stopping; removing what the running tests made (Ctrl-C again quits at once, and leaves that to the next run's cleanup).`,
    () => `netlab grade：正在停止，并删除正在运行的测试所创建的资源（再按一次 Ctrl-C 立即退出，清理留给下一次运行）。`,
  ),
  gradeOutOtherExercises: entry<{ out: string; has: string; wants: string }>(
    (p) =>
      `${p.out} already holds grades of other exercises (its gradebook.csv has: ${p.has}); this run grades: ${p.wants}. Nothing was graded.\n` +
      `Why: one gradebook has one set of columns; mixing two would put scores under the wrong exercise.\n` +
      `Try: another --out folder, or the same --exercises as the run that wrote it.`,
    (p) =>
      `${p.out} 中已有其他练习的成绩（其 gradebook.csv 包含：${p.has}）；本次评分的练习是：${p.wants}。没有进行评分。\n` +
      `原因：一个成绩表只有一组列；把两者混在一起会让分数落到错误的练习下。\n` +
      `试试：换一个 --out 文件夹，或使用与写入它的那次相同的 --exercises。`,
  ),
  gradeUnknownExercises: entry<{ ids: string; known: string }>(
    (p) => `--exercises names ${p.ids}, which this course does not have; nothing was graded.\nThe course's exercises: ${p.known}.\nTry: check the spelling; \`npx netlab list\` shows every id.`,
    (p) => `--exercises 中的 ${p.ids} 不是本课程的练习；没有进行评分。\n本课程的练习：${p.known}。\n试试：检查拼写；\`npx netlab list\` 会列出所有 id。`,
  ),
  gradeKeptRows: entry<{ count: number; names: string }>(
    (p) => `gradebook.csv kept ${p.count} earlier row(s) of submissions not graded this time: ${p.names}.`,
    (p) => `gradebook.csv 保留了本次未评分的 ${p.count} 个提交的原有行：${p.names}。`,
  ),
  gradeKeptStage: entry<{ dir: string }>(
    (p) => `The staged copies of the submissions are kept in ${p.dir} (--keep); remove the folder when done.`,
    (p) => `提交的暂存副本保留在 ${p.dir}（--keep）；用完后请删除该文件夹。`,
  ),
  gradeWrote: entry<{ out: string; count: number; seconds: string }>(
    (p) => `Graded ${p.count} submission(s) in ${p.seconds}s; results in ${p.out} (gradebook.csv, and per submission results.json, feedback.md, junit.xml).`,
    (p) => `已在 ${p.seconds} 秒内为 ${p.count} 个提交评分；结果在 ${p.out}（gradebook.csv，以及每个提交的 results.json、feedback.md、junit.xml）。`,
  ),
  distNeedDir: entry(
    () => `netlab dist needs the folder to write the learners' starter repository to.\nTry: \`npx netlab dist ../netlab-starter\``,
    () => `netlab dist 需要一个目录，用来写入学员的初始仓库。\n试试：\`npx netlab dist ../netlab-starter\``,
  ),
  distNotEmpty: entry<{ dir: string }>(
    (p) => `${p.dir} exists and is not empty; netlab dist writes a fresh repository and never mixes it with other files.\nTry: choose a new folder, or remove this one first (\`rm -r ${p.dir}\`).`,
    (p) => `${p.dir} 已存在且不为空；netlab dist 只写入全新的仓库，不会与其他文件混在一起。\n试试：换一个新目录，或先删除它（\`rm -r ${p.dir}\`）。`,
  ),
  distSolvedStub: entry<{ files: string }>(
    (p) => `These exercise files are the same as their reference solutions, so learners would get the answers: ${p.files}.\nTry: restore the stubs (\`git checkout -- exercises/\`) and run netlab dist again.`,
    (p) => `以下练习文件与参考答案相同，学员会直接拿到答案：${p.files}。\n试试：恢复初始代码（\`git checkout -- exercises/\`）后重新运行 netlab dist。`,
  ),
  distWroteGradescope: entry<{ dir: string; files: number; hidden: number }>(
    (p) => `Wrote the Gradescope autograder to ${p.dir}: ${p.files} files, setup.sh and run_autograder at the top, ${p.hidden} hidden test file(s) in hidden-tests/, no solutions.\nZip its content, not the folder: \`cd ${p.dir} && zip -r ../autograder.zip .\``,
    (p) => `已将 Gradescope 自动评分包写入 ${p.dir}：${p.files} 个文件，顶层有 setup.sh 和 run_autograder，hidden-tests/ 中有 ${p.hidden} 个隐藏测试文件，不含参考答案。\n请压缩目录里的内容，而不是目录本身：\`cd ${p.dir} && zip -r ../autograder.zip .\``,
  ),
  distExtraNeedsGradescope: entry(
    () => `--extra-tests goes with --gradescope only: hidden tests are never written into a learners' repository.\nTry: \`npx netlab dist DIR --gradescope --extra-tests hidden/\` for the autograder, and \`npx netlab dist DIR\` for learners.`,
    () => `--extra-tests 只能与 --gradescope 一起使用：隐藏测试绝不会写入学员的仓库。\n试试：用 \`npx netlab dist DIR --gradescope --extra-tests hidden/\` 生成自动评分包，用 \`npx netlab dist DIR\` 生成学员仓库。`,
  ),
  distBroken: entry<{ problems: string }>(
    (p) => `The starter repository did not pass its structure check:\n${p.problems}`,
    (p) => `初始仓库未通过结构检查：\n${p.problems}`,
  ),
  distWrote: entry<{ dir: string; files: number; exercises: number; points: number }>(
    (p) => `Wrote the starter repository to ${p.dir}: ${p.files} files, ${p.exercises} exercises as stubs (${p.points} points), with a GitHub Classroom workflow. No solutions, no hidden tests.`,
    (p) => `已将初始仓库写入 ${p.dir}：${p.files} 个文件，${p.exercises} 个练习均为初始代码（共 ${p.points} 分），附带 GitHub Classroom 工作流。不含参考答案和隐藏测试。`,
  ),
};
