import { entry } from "../../../messages/entry";

/** The texts of `netlab doctor`: each check's title, result and fix (src/cli/doctor). */
export const doctorMessages = {
  cliDoctorSummary: entry(
    () => "is this machine ready for the course? engine, lab image, subnets",
    () => "这台机器能上这门课吗？检查引擎、实验镜像和子网",
  ),
  cliDoctorUsage: entry(
    () =>
      `Usage: npx netlab doctor\n\n` +
      `Checks what the course needs, each with its fix: Node.js, the Docker engine (reachable; native Linux,\n` +
      `Docker Desktop, Colima or rootless), the lab image (present, or built now from a static busybox: never\n` +
      `pulled), the subnets netlab hands out against host routes and existing networks, and leftovers of\n` +
      `interrupted runs. Exit code 3 without an engine, 1 when another problem blocks the course.`,
    () =>
      `用法：npx netlab doctor\n\n` +
      `逐项检查课程需要的条件，并给出修复方法：Node.js、Docker 引擎（能否连接；原生 Linux、Docker Desktop、\n` +
      `Colima 还是 rootless）、实验镜像（已存在，或现在用静态 busybox 构建：从不拉取）、netlab 分配的子网\n` +
      `是否与主机路由和已有网络冲突，以及中断的运行留下的资源。没有引擎时退出码为 3，其他阻碍课程的问题为 1。`,
  ),
  cliDoctorHeader: entry(() => "netlab doctor", () => "netlab doctor（环境检查）"),
  cliDoctorNode: entry(() => "Node.js", () => "Node.js"),
  cliDoctorNodeFix: entry(
    () => "netlab needs Node.js 20 or newer: install it from https://nodejs.org or with your version manager (`nvm install 20`).",
    () => "netlab 需要 Node.js 20 或更高版本：从 https://nodejs.org 安装，或使用版本管理器（`nvm install 20`）。",
  ),
  cliDoctorEngine: entry(() => "Docker engine", () => "Docker 引擎"),
  cliDoctorEngineFound: entry<{ detail: string; endpoint: string; via: string; context?: string }>(
    (p) => `${p.detail}, ${p.endpoint} (${p.via === "context" ? `context "${p.context}"` : p.via === "DOCKER_HOST" ? "DOCKER_HOST" : "found socket"})`,
    (p) => `${p.detail}，${p.endpoint}（${p.via === "context" ? `上下文 "${p.context}"` : p.via === "DOCKER_HOST" ? "DOCKER_HOST" : "找到的套接字"}）`,
  ),
  cliDoctorKind: entry(() => "Engine kind", () => "引擎类型"),
  cliDoctorKindDetail: entry<{ kind: string; engine: string; api: string; here: "yes" | "no" }>(
    (p) =>
      `${{ "docker-desktop": "Docker Desktop", colima: "Colima", rootless: "rootless Docker", orbstack: "OrbStack", podman: "Podman", "native-linux": "native Linux" }[p.kind] ?? p.kind}: ` +
      `${p.engine}, API ${p.api}; this machine is the engine's network host: ${p.here}`,
    (p) =>
      `${{ "docker-desktop": "Docker Desktop", colima: "Colima", rootless: "rootless Docker", orbstack: "OrbStack", podman: "Podman", "native-linux": "原生 Linux" }[p.kind] ?? p.kind}：` +
      `${p.engine}，API ${p.api}；本机是否为引擎的网络主机：${p.here === "yes" ? "是" : "否"}`,
  ),
  cliDoctorNotShown: entry<{ count: number }>(
    (p) => `On this engine the course cannot show ${p.count} thing(s); those checks are n/a (skipped with the reason, never counted as passed):`,
    (p) => `在此引擎上，课程有 ${p.count} 项内容无法展示；这些检查不适用（跳过并说明原因，绝不算作通过）：`,
  ),
  cliDoctorDeadlockFix: entry<{ version: string }>(
    (p) =>
      `Docker ${p.version} can deadlock its network controller when containers join and leave one network at once (moby/moby#42545, fixed in 20.10.27): ` +
      "then `docker version` still answers and everything else waits. netlab says so when it happens; restart the engine then (`sudo systemctl restart docker`). " +
      "Upgrading Docker ends it for good.",
    (p) =>
      `Docker ${p.version} 在容器同时加入和离开同一个网络时可能让网络控制器死锁（moby/moby#42545，20.10.27 已修复）：` +
      "此时 `docker version` 仍有应答，其他操作都在等待。出现时 netlab 会说明；请重启引擎（`sudo systemctl restart docker`）。" +
      "升级 Docker 可以彻底解决。",
  ),
  cliDoctorImage: entry(() => "Lab image", () => "实验镜像"),
  cliDoctorImagePresent: entry<{ image: string }>(
    (p) => `${p.image} is on the engine`,
    (p) => `引擎上已有 ${p.image}`,
  ),
  cliDoctorImageBuilt: entry<{ image: string }>(
    (p) => `${p.image} was built now (offline, from the host's static busybox)`,
    (p) => `刚刚构建了 ${p.image}（离线，使用主机上的静态 busybox）`,
  ),
  cliDoctorImageWillPull: entry<{ image: string }>(
    (p) => `not here yet: the first run pulls ${p.image} once (no static busybox on this host to build from)`,
    (p) => `尚不存在：第一次运行时会拉取一次 ${p.image}（本机没有可用于构建的静态 busybox）`,
  ),
  cliDoctorImageFailed: entry(() => "cannot be made", () => "无法准备"),
  cliDoctorSubnets: entry(() => "Exercise subnets", () => "练习用子网"),
  cliDoctorSubnetsOk: entry<{ example: string; users: number }>(
    (p) => `free /24s to hand out, e.g. ${p.example} (checked against ${p.users} host routes and Docker networks)`,
    (p) => `有可分配的空闲 /24 子网，例如 ${p.example}（已对照 ${p.users} 条主机路由和 Docker 网络）`,
  ),
  cliDoctorNoFreeSubnet: entry<{ users: number }>(
    (p) => `no free /24 left in 10.128.0.0/9 and 172.16.0.0/12 (${p.users} host routes and Docker networks use them)`,
    (p) => `10.128.0.0/9 和 172.16.0.0/12 中已没有空闲的 /24（被 ${p.users} 条主机路由和 Docker 网络占用）`,
  ),
  cliDoctorNoFreeSubnetFix: entry(
    () => "Remove networks you no longer need: `docker network prune` (and `npx netlab clean` for netlab's own).",
    () => "删除不再需要的网络：`docker network prune`（netlab 自己的用 `npx netlab clean`）。",
  ),
  cliDoctorRouteOverlap: entry<{ overlaps: string }>(
    (p) => `a Docker network overlaps a host route: ${p.overlaps}`,
    (p) => `有 Docker 网络与主机路由重叠：${p.overlaps}`,
  ),
  cliDoctorRouteOverlapFix: entry(
    () => "Containers on that network cannot reach that part of your LAN (or VPN). Remove the network, or give Docker other pools (\"default-address-pools\" in daemon.json).",
    () => "该网络上的容器无法访问你局域网（或 VPN）的那一部分。删除该网络，或为 Docker 配置其他地址池（daemon.json 中的 \"default-address-pools\"）。",
  ),
  cliDoctorNoteRange: entry<{ subnet: string }>(
    (p) => `The note's ${p.subnet}`,
    (p) => `笔记中的 ${p.subnet}`,
  ),
  cliDoctorNoteFree: entry<{ subnet: string }>(
    (p) => `${p.subnet} is free here (netlab still hands out its own subnets)`,
    (p) => `${p.subnet} 在这里是空闲的（netlab 仍会分配自己的子网）`,
  ),
  cliDoctorNoteClash: entry<{ subnet: string; clashes: string }>(
    (p) => `${p.subnet} overlaps ${p.clashes}`,
    (p) => `${p.subnet} 与 ${p.clashes} 重叠`,
  ),
  cliDoctorNoteClashFix: entry(
    () => "Nothing to do for the course: exercises hand you a free subnet instead. Typing the note's command by hand here would fail or hide part of your network.",
    () => "对课程没有影响：练习会提供一个空闲子网。在这里手工输入笔记中的命令会失败，或遮住你网络的一部分。",
  ),
  cliDoctorLeftovers: entry(() => "Leftovers", () => "残留资源"),
  cliDoctorNoLeftovers: entry(() => "none from interrupted runs", () => "没有中断运行留下的资源"),
  cliDoctorLeftoversFound: entry<{ runs: string }>(
    (p) => `containers or networks of runs that are gone: ${p.runs} (the next check removes them too)`,
    (p) => `已结束的运行留下了容器或网络：${p.runs}（下一次检查也会删除它们）`,
  ),
  cliDoctorSkipped: entry(() => "skipped: needs the engine", () => "已跳过：需要引擎"),
  cliDoctorFix: entry(() => "Fix:", () => "修复："),
  cliDoctorEngineBlocks: entry(
    () => "The Docker engine is not reachable: nothing in the course can run until it is (see the fix above).",
    () => "无法连接 Docker 引擎：在它可用之前，课程的任何内容都无法运行（修复方法见上）。",
  ),
  cliDoctorBlocked: entry<{ n: number }>(
    (p) => `${p.n} problem(s) block the course (marked ✗): fix them, then run \`npx netlab doctor\` again.`,
    (p) => `有 ${p.n} 个问题阻碍课程（标记为 ✗）：修复后再次运行 \`npx netlab doctor\`。`,
  ),
  cliDoctorReady: entry<{ warnings: number }>(
    (p) => `Ready for the course${p.warnings ? ` (${p.warnings} note(s) marked !)` : ""}. Start with \`npx netlab watch\`.`,
    (p) => `可以开始课程了${p.warnings ? `（${p.warnings} 条提醒，标记为 !）` : ""}。从 \`npx netlab watch\` 开始吧。`,
  ),
};
