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
  noSuchContainer: entry<{ name: string; known: string }>(
    (p) =>
      `There is no container "${p.name}" in this lab (it has: ${p.known || "none"}).\n` +
      `Why: the check looks for the containers the exercise asks you to start, by the names it gives.\n` +
      `Try: start it with \`lab.run("${p.name}", ...)\` (docker run --name ${p.name} ...).`,
    (p) =>
      `本实验中没有容器 "${p.name}"（现有：${p.known || "无"}）。\n` +
      `原因：检查会按练习给定的名字查找你应启动的容器。\n` +
      `试试：用 \`lab.run("${p.name}", ...)\` 启动它（即 docker run --name ${p.name} ...）。`,
  ),
  noSuchNetwork: entry<{ name: string; known: string }>(
    (p) =>
      `There is no network "${p.name}" in this lab (it has: ${p.known || "none"}, plus Docker's own bridge, host and none).\n` +
      `Try: create it first with \`lab.createNetwork("${p.name}", ...)\` (docker network create ${p.name}).`,
    (p) =>
      `本实验中没有网络 "${p.name}"（现有：${p.known || "无"}，以及 Docker 自带的 bridge、host 和 none）。\n` +
      `试试：先用 \`lab.createNetwork("${p.name}", ...)\` 创建它（即 docker network create ${p.name}）。`,
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
