import { entry } from "../../../messages/entry";

/** The texts of `netlab dist`: its usage (what it writes is told by src/messages/grading-messages.ts). */
export const distMessages = {
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
};
