import { entry } from "./entry";

/** What the grading sandbox says: refused Lab calls, a sandbox that ended, where it cannot run. */
export const sandboxMessages = {
  sandboxRefused: entry<{ call: string; why: string }>(
    (p) =>
      `The grader refused the Lab call ${p.call}: ${p.why}.\n` +
      `Why: when an instructor grades, your code may ask the Lab only for what the course uses; everything else is refused before it reaches Docker.\n` +
      `Try: do what the exercise asks with the calls its comment names (lab.run, lab.createNetwork, lab.connect, lab.exec with ip/cat...).`,
    (p) =>
      `评分程序拒绝了 Lab 调用 ${p.call}：${p.why}。\n` +
      `原因：教师评分时，你的代码只能向 Lab 请求课程用到的操作；其余请求在到达 Docker 之前就会被拒绝。\n` +
      `试试：用练习注释里写的调用（lab.run、lab.createNetwork、lab.connect、带 ip/cat 的 lab.exec……）完成练习。`,
  ),
  sandboxEnded: entry<{ exercise: string; code: number }>(
    (p) =>
      `Your code for ${p.exercise} ended its sandbox (exit code ${p.code}${p.code === 137 ? ": killed, most often for using more than its memory" : ""}) before it returned.\n` +
      `Why: graded code runs in a sandbox with bounded memory (256 MB) and processes (64); going past them ends it.\n` +
      `Try: look for a loop that keeps allocating or starting processes; an exercise needs a few Lab calls and little else.`,
    (p) =>
      `你为 ${p.exercise} 写的代码在返回之前结束了它的沙箱（退出码 ${p.code}${p.code === 137 ? "：被终止，通常是因为超出了内存限制" : ""}）。\n` +
      `原因：评分时代码运行在沙箱中，内存（256 MB）和进程数（64）都有上限；超出就会被终止。\n` +
      `试试：检查是否有不断分配内存或创建进程的循环；一个练习只需要几次 Lab 调用。`,
  ),
  sandboxBlocked: entry<{ exercise: string; seconds: number }>(
    (p) =>
      `Your code for ${p.exercise} kept its process busy for ${p.seconds}s without ever waiting, and was stopped.\n` +
      `Why: a loop that never awaits (for (;;) {}, while (true) without await) never lets anything else run, not even the Lab's answers.\n` +
      `Try: find the loop; if it waits for something, await it (or use eventually-style polling with await inside the loop).`,
    (p) =>
      `你为 ${p.exercise} 写的代码让进程忙碌了 ${p.seconds} 秒，从不等待，已被停止。\n` +
      `原因：从不 await 的循环（for (;;) {}、不带 await 的 while (true)）不让其他任何东西运行，连 Lab 的应答也不行。\n` +
      `试试：找到这个循环；如果它在等待什么，就 await 它（或在循环里用带 await 的轮询）。`,
  ),
  sandboxNeedsLinuxNode: entry<{ platform: string }>(
    (p) =>
      `netlab grade builds its sandbox image from this machine's node, which only works on Linux (this is ${p.platform}).\n` +
      `Try: name an image with node in it, pulled once: \`docker pull node:20-slim\`, then \`NETLAB_SANDBOX_IMAGE=node:20-slim npx netlab grade ...\` (netlab sends its sandbox program in); or grade on Linux, where nothing is pulled.`,
    (p) =>
      `netlab grade 用本机的 node 构建沙箱镜像，这只在 Linux 上可行（当前是 ${p.platform}）。\n` +
      `试试：指定一个带 node 的镜像并先拉取一次：\`docker pull node:20-slim\`，然后 \`NETLAB_SANDBOX_IMAGE=node:20-slim npx netlab grade ...\`（netlab 会把沙箱程序送进去）；或者在 Linux 上评分，那里不需要拉取任何东西。`,
  ),
};
