import { entry } from "../../../messages/entry";

/** The texts of `netlab grade`: its usage (the grader's own messages are in src/messages/grading-messages.ts). */
export const gradeMessages = {
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
};
