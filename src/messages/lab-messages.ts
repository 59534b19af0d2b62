import { entry } from "./entry";

/** What the learner reads when a Lab call is used wrongly or names something that is not there. */
export const labMessages = {
  invalidName: entry<{ name: string }>(
    (p) =>
      `"${p.name}" is not a usable name: use letters, digits, "_", "." or "-" (at most 31, starting with a letter or digit), as in \`docker run --name c1\`.`,
    (p) => `"${p.name}" 不是可用的名字：只能使用字母、数字、"_"、"." 或 "-"（最多 31 个字符，以字母或数字开头），如 \`docker run --name c1\`。`,
  ),
  nameTaken: entry<{ kind: string; name: string }>(
    (p) => `A ${p.kind} named "${p.name}" already exists in this lab (Docker would refuse it too: names are unique). Pick another name or remove the first one.`,
    (p) => `本实验中已存在名为 "${p.name}" 的${p.kind === "network" ? "网络" : "容器"}（Docker 同样会拒绝：名字必须唯一）。换个名字或先删除原来的。`,
  ),
  containerNotRunning: entry<{ container: string; command: string }>(
    (p) =>
      `${p.container} is not running, so \`${p.command}\` cannot run inside it (docker exec ${p.container} ... needs a running container).\n` +
      `Why: a stopped container has no processes and no network of its own any more: nothing runs in it, nothing reaches it.\n` +
      `Try: leave ${p.container} running (no \`lab.stop("${p.container}")\` in your code); to cut it off a network, disconnect it instead.`,
    (p) =>
      `${p.container} 没有在运行，所以无法在其中执行 \`${p.command}\`（docker exec ${p.container} ... 需要容器正在运行）。\n` +
      `原因：停止的容器不再有进程，也不再有自己的网络：里面什么也运行不了，外面也连不到它。\n` +
      `试试：让 ${p.container} 保持运行（代码里不要调用 \`lab.stop("${p.container}")\`）；要让它离开某个网络，请用 disconnect。`,
  ),
  noSuchContainer: entry<{ name: string; known: string }>(
    (p) =>
      `There is no container "${p.name}" in this lab (it has: ${p.known || "none"}).\n` +
      `Why: a container is found by the exact name it was started with (docker run --name), by your code and by the checks alike.\n` +
      `Try: start it with \`lab.run("${p.name}", ...)\` (docker run --name ${p.name} ...).`,
    (p) =>
      `本实验中没有容器 "${p.name}"（现有：${p.known || "无"}）。\n` +
      `原因：无论是你的代码还是检查，都按启动时给定的确切名字（docker run --name）查找容器。\n` +
      `试试：用 \`lab.run("${p.name}", ...)\` 启动它（即 docker run --name ${p.name} ...）。`,
  ),
  containerStillStarting: entry<{ name: string }>(
    (p) =>
      `Container "${p.name}" was still being started when it was needed: did you forget \`await\` before \`lab.run("${p.name}", ...)\`?\n` +
      `Why: a Lab call returns a promise at once; without \`await\` your code goes on (or returns) before Docker has made the container, so nothing can use it yet.\n` +
      `Try: \`await lab.run("${p.name}", ...)\` before anything that uses ${p.name} (several at once: \`await Promise.all([...])\`; one that needs another, such as a link, only after it).`,
    (p) =>
      `需要用到容器 "${p.name}" 时它还在启动中：是不是在 \`lab.run("${p.name}", ...)\` 前漏了 \`await\`？\n` +
      `原因：Lab 调用会立即返回一个 promise；没有 \`await\`，你的代码会在 Docker 创建好容器之前就继续执行（或返回），所以还无法使用它。\n` +
      `试试：在使用 ${p.name} 之前先 \`await lab.run("${p.name}", ...)\`（同时启动多个：\`await Promise.all([...])\`；依赖另一个的，如 link，要在它之后启动）。`,
  ),
  linkTargetMissing: entry<{ name: string; target: string; known: string }>(
    (p) =>
      `${p.name} cannot link to "${p.target}": there is no container "${p.target}" yet (this lab has: ${p.known || "none"}).\n` +
      `Why: \`docker run --link ${p.target}\` needs ${p.target} running already: Docker writes ${p.target}'s address into ${p.name}'s /etc/hosts when ${p.name} is created.\n` +
      `Try: start the link target first: \`await lab.run("${p.target}")\`, then \`lab.run("${p.name}", { links: ["${p.target}"] })\`.`,
    (p) =>
      `${p.name} 无法链接到 "${p.target}"：还没有容器 "${p.target}"（本实验现有：${p.known || "无"}）。\n` +
      `原因：\`docker run --link ${p.target}\` 要求 ${p.target} 已在运行：Docker 在创建 ${p.name} 时把 ${p.target} 的地址写入 ${p.name} 的 /etc/hosts。\n` +
      `试试：先启动链接目标：\`await lab.run("${p.target}")\`，再 \`lab.run("${p.name}", { links: ["${p.target}"] })\`。`,
  ),
  swappedArguments: entry<{ call: string; network: string; container: string; both: boolean }>(
    (p) =>
      `lab.${p.call} takes (network, container), as \`docker network ${p.call} NETWORK CONTAINER\` does: "${p.container}" is a network` +
      `${p.both ? ` and "${p.network}" a container` : ", not a container"}. Swap them: \`lab.${p.call}("${p.container}", "${p.network}")\`.`,
    (p) =>
      `lab.${p.call} 的参数是 (网络, 容器)，与 \`docker network ${p.call} NETWORK CONTAINER\` 相同："${p.container}" 是网络` +
      `${p.both ? `，"${p.network}" 是容器` : "，不是容器"}。把它们对调：\`lab.${p.call}("${p.container}", "${p.network}")\`。`,
  ),
  noSuchNetwork: entry<{ name: string; known: string }>(
    (p) =>
      `There is no network "${p.name}" in this lab (it has: ${p.known || "none"}, plus Docker's own bridge, host and none).\n` +
      `Try: create it first with \`lab.createNetwork("${p.name}", ...)\` (docker network create ${p.name}).`,
    (p) =>
      `本实验中没有网络 "${p.name}"（现有：${p.known || "无"}，以及 Docker 自带的 bridge、host 和 none）。\n` +
      `试试：先用 \`lab.createNetwork("${p.name}", ...)\` 创建它（即 docker network create ${p.name}）。`,
  ),
  networkStillCreating: entry<{ name: string }>(
    (p) =>
      `Network "${p.name}" was still being created when it was needed: did you forget \`await\` before \`lab.createNetwork("${p.name}", ...)\`?\n` +
      `Why: a Lab call returns a promise at once; without \`await\` your code goes on before Docker has made the network, so no container can join it yet.\n` +
      `Try: \`await lab.createNetwork("${p.name}", ...)\` before the containers that join it.`,
    (p) =>
      `需要用到网络 "${p.name}" 时它还在创建中：是不是在 \`lab.createNetwork("${p.name}", ...)\` 前漏了 \`await\`？\n` +
      `原因：Lab 调用会立即返回一个 promise；没有 \`await\`，你的代码会在 Docker 创建好网络之前就继续执行，所以还没有容器能加入它。\n` +
      `试试：在加入它的容器之前先 \`await lab.createNetwork("${p.name}", ...)\`。`,
  ),
  callStillRunning: entry<{ call: string; network: string; container: string }>(
    (p) =>
      `\`lab.${p.call}("${p.network}", "${p.container}")\` was still under way when it was needed: did you forget \`await\` before it?\n` +
      `Why: without \`await\` your code goes on (or returns) before Docker has done it, so the checks see ${p.container} as it was before.\n` +
      `Try: \`await lab.${p.call}("${p.network}", "${p.container}")\`.`,
    (p) =>
      `需要结果时 \`lab.${p.call}("${p.network}", "${p.container}")\` 还在进行中：是不是在它前面漏了 \`await\`？\n` +
      `原因：没有 \`await\`，你的代码会在 Docker 完成这一步之前就继续执行（或返回），所以检查看到的还是原来的 ${p.container}。\n` +
      `试试：\`await lab.${p.call}("${p.network}", "${p.container}")\`。`,
  ),
  badPublish: entry<{ spec: string }>(
    (p) => `"${p.spec}" is not a port mapping: write "HOST:CONTAINER" (as in \`docker run -p 8080:80\`), a container port alone, or {host, container}.`,
    (p) => `"${p.spec}" 不是端口映射：请写成 "主机端口:容器端口"（如 \`docker run -p 8080:80\`）、单独的容器端口，或 {host, container}。`,
  ),
  foreignAddress: entry<{ address: string }>(
    (p) =>
      `Matcher error: ${p.address} does not belong to any container or network of this lab.\n` +
      `netlab only sends traffic to what the run itself created; probe a lab container by name or by an address read from the engine.`,
    (p) =>
      `匹配器错误：${p.address} 不属于本实验的任何容器或网络。\n` +
      `netlab 只向本次运行自己创建的对象发送流量；请按名字或从引擎读取的地址探测实验容器。`,
  ),
  labClosed: entry<{ action: string }>(
    (p) => `This lab has already been torn down; cannot ${p.action}. (Use the lab you were given, inside the exercise function.)`,
    (p) => `此实验环境已被清理，无法执行：${p.action}。（请在练习函数内使用传给你的 lab。）`,
  ),
  execTimeout: entry<{ command: string; container: string; seconds: number }>(
    (p) => `\`${p.command}\` in ${p.container} did not finish within ${p.seconds}s.`,
    (p) => `在 ${p.container} 中执行 \`${p.command}\` 未能在 ${p.seconds} 秒内完成。`,
  ),
};
