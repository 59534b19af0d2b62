import { entry } from "./entry";

/** What the learner reads when the Docker engine or the lab image is not usable. */
export const engineMessages = {
  engineDown: entry<{ detail: string }>(
    (p) =>
      `Docker engine not reachable (${p.detail}).\n` +
      `Why: netlab checks your work on a live Docker engine; every exercise starts real containers.\n` +
      `Try: start Docker (Docker Desktop, \`sudo systemctl start docker\`, or \`colima start\`), then \`docker info\` must answer. ` +
      `On a bare Debian/Ubuntu machine as root: \`npm run engine\`.`,
    (p) =>
      `无法连接 Docker 引擎（${p.detail}）。\n` +
      `原因：netlab 在真实的 Docker 引擎上检查你的练习，每个练习都会启动真实的容器。\n` +
      `试试：启动 Docker（Docker Desktop、\`sudo systemctl start docker\` 或 \`colima start\`），确认 \`docker info\` 有应答。` +
      `在以 root 运行的 Debian/Ubuntu 裸机上：\`npm run engine\`。`,
  ),
  engineNotFound: entry<{ detail: string; tried: string }>(
    (p) => `${p.detail}; looked at: ${p.tried}`,
    (p) => `${p.detail}；查找过：${p.tried}`,
  ),
  engineContextMissing: entry<{ context: string; from: string; file: string }>(
    (p) =>
      `The Docker context "${p.context}" (chosen by ${p.from}) does not exist: there is no ${p.file}.\n` +
      `Why: netlab talks to the engine your docker CLI uses, and the CLI would fail the same way; another engine would be a guess.\n` +
      `Try: \`docker context ls\` to see the contexts, then \`docker context use <name>\` (or \`docker context use default\`), or unset DOCKER_CONTEXT.`,
    (p) =>
      `Docker 上下文 "${p.context}"（由 ${p.from} 指定）不存在：没有 ${p.file}。\n` +
      `原因：netlab 使用你的 docker 命令行所用的引擎，命令行此时也会同样失败；换用别的引擎只是猜测。\n` +
      `试试：用 \`docker context ls\` 查看上下文，然后 \`docker context use <名称>\`（或 \`docker context use default\`），或取消 DOCKER_CONTEXT。`,
  ),
  engineContextUnreadable: entry<{ context: string; file: string; detail: string }>(
    (p) => `The Docker context "${p.context}" cannot be read (${p.file}: ${p.detail}). Try: \`docker context inspect ${p.context}\`, or recreate it.`,
    (p) => `无法读取 Docker 上下文 "${p.context}"（${p.file}：${p.detail}）。试试：\`docker context inspect ${p.context}\`，或重新创建它。`,
  ),
  engineHostUnsupported: entry<{ host: string }>(
    (p) => `netlab cannot connect to the Docker host ${p.host}: it talks to unix://, npipe:// and tcp:// hosts (for ssh://, forward the socket: \`ssh -nNL /tmp/docker.sock:/var/run/docker.sock you@host\`, then DOCKER_HOST=unix:///tmp/docker.sock).`,
    (p) => `netlab 无法连接 Docker 主机 ${p.host}：它只支持 unix://、npipe:// 和 tcp:// 主机（ssh:// 请转发套接字：\`ssh -nNL /tmp/docker.sock:/var/run/docker.sock 你@主机\`，然后设置 DOCKER_HOST=unix:///tmp/docker.sock）。`,
  ),
  engineStuck: entry<{ what: string; seconds: number }>(
    (p) =>
      `The Docker engine answers but did not finish \`${p.what}\` within ${p.seconds}s.\n` +
      `Why: an engine whose network controller is deadlocked answers \`docker version\` and nothing else; Docker 20.10 before ` +
      `20.10.27 can get there when containers join and leave one network at once (moby/moby#42545).\n` +
      `Try: restart the engine (\`sudo systemctl restart docker\`, Docker Desktop's Restart, or as root on a bare machine ` +
      `\`bash scripts/start-engine.sh --restart\`), then run again; upgrading Docker ends it for good.`,
    (p) =>
      `Docker 引擎有应答，但 ${p.seconds} 秒内没有完成 \`${p.what}\`。\n` +
      `原因：网络控制器死锁的引擎只回应 \`docker version\`，别的都不回应；20.10.27 之前的 Docker 20.10 在容器同时加入和离开` +
      `同一个网络时可能出现这种情况（moby/moby#42545）。\n` +
      `试试：重启引擎（\`sudo systemctl restart docker\`、Docker Desktop 的 Restart，或在裸机上以 root 运行 ` +
      `\`bash scripts/start-engine.sh --restart\`），然后重新运行；升级 Docker 可以彻底解决。`,
  ),
  noBusybox: entry<{ looked: string }>(
    (p) =>
      `Cannot build the lab image offline: no static busybox on this host (looked at ${p.looked}).\n` +
      `Why: every lab container runs busybox's ping, ip, nc and httpd; netlab builds that image locally so no registry is needed.\n` +
      `Try: \`sudo apt-get install busybox-static\`, or use a public image where a registry is reachable: \`NETLAB_IMAGE=busybox:1.36.1 npm test\`.`,
    (p) =>
      `无法离线构建实验镜像：本机没有静态链接的 busybox（查找了 ${p.looked}）。\n` +
      `原因：每个实验容器都用 busybox 的 ping、ip、nc 和 httpd；netlab 在本地构建该镜像，不需要镜像仓库。\n` +
      `试试：\`sudo apt-get install busybox-static\`，或者在能访问镜像仓库时使用公共镜像：\`NETLAB_IMAGE=busybox:1.36.1 npm test\`。`,
  ),
  imageBuildFailed: entry<{ tag: string; output: string }>(
    (p) => `Failed to build the lab image "${p.tag}". The builder said:\n${p.output}`,
    (p) => `构建实验镜像 "${p.tag}" 失败。构建器的输出：\n${p.output}`,
  ),
  imageMissing: entry<{ image: string }>(
    (p) =>
      `The image "${p.image}" (from NETLAB_IMAGE) is not on the engine and netlab does not pull images by itself.\n` +
      `Try: \`docker pull ${p.image}\` where a registry is reachable, or unset NETLAB_IMAGE to build the offline lab image.`,
    (p) =>
      `引擎上没有镜像 "${p.image}"（来自 NETLAB_IMAGE），netlab 不会自行拉取镜像。\n` +
      `试试：在能访问镜像仓库时运行 \`docker pull ${p.image}\`，或取消 NETLAB_IMAGE 以构建离线实验镜像。`,
  ),
  imageGone: entry<{ image: string }>(
    (p) =>
      `The image "${p.image}" is no longer on the engine: it was removed while this run used it (\`docker rmi\`, \`docker image prune -a\`?).\n` +
      `Why: netlab never pulls images (a pull reaches for a public registry); it checks the image before every container it starts.\n` +
      `Try: run again: netlab builds the lab image anew in about a second.`,
    (p) =>
      `镜像 "${p.image}" 已不在引擎上：它在本次运行使用期间被删除了（\`docker rmi\`、\`docker image prune -a\`？）。\n` +
      `原因：netlab 从不拉取镜像（拉取会访问公共镜像仓库）；它在启动每个容器之前都会检查镜像。\n` +
      `试试：重新运行：netlab 会在一秒左右重新构建实验镜像。`,
  ),
  subnetClash: entry<{ subnet: string; clashes: string }>(
    (p) =>
      `The subnet ${p.subnet} overlaps ${p.clashes}.\n` +
      `Why: Docker routes a network's subnet to its bridge; an overlap with a host route hides that part of your LAN from containers, ` +
      `and the engine refuses a pool that another network already uses.\n` +
      `Try: use the subnet the exercise hands you (a free one netlab picked), or run \`npx netlab doctor\` to list the clashes.`,
    (p) =>
      `子网 ${p.subnet} 与 ${p.clashes} 重叠。\n` +
      `原因：Docker 会把网络的子网路由到它的网桥；与主机路由重叠会让容器访问不到你局域网的那一部分，` +
      `而且引擎会拒绝已被其他网络占用的地址池。\n` +
      `试试：使用练习提供给你的子网（netlab 选好的空闲子网），或运行 \`npx netlab doctor\` 列出冲突。`,
  ),
  portTaken: entry<{ action: string; port?: number; hostIp?: string; cause: string }>(
    (p) =>
      `Could not ${p.action}: host port ${p.port ?? "(one it was asked for)"}${p.hostIp ? ` on ${p.hostIp}` : ""} is taken (the engine said: ${p.cause}).\n` +
      `Why: a host port has one listener. \`-p HOST:CONTAINER\` asks the engine to listen on HOST for the container, and it cannot while another container or a program on the Docker host listens there. The container's own port is never the problem.\n` +
      `Try: publish on another host port (\`-p 8081:80\`, or \`-p 80\` for any free one), or stop what holds it (\`docker ps\` lists containers' ports).`,
    (p) =>
      `无法完成操作（${p.action}）：主机端口 ${p.port ?? "（所请求的端口）"}${p.hostIp ? `（${p.hostIp}）` : ""} 已被占用（引擎的原话：${p.cause}）。\n` +
      `原因：一个主机端口只能有一个监听者。\`-p HOST:CONTAINER\` 让引擎替容器在 HOST 端口上监听，而另一个容器或 Docker 主机上的程序正在那里监听时就做不到。容器自己的端口从来不是问题所在。\n` +
      `试试：换一个主机端口发布（\`-p 8081:80\`，或 \`-p 80\` 让引擎任选空闲端口），或停掉占用它的东西（\`docker ps\` 会列出容器的端口）。`,
  ),
  linkUnsupported: entry<{ action: string; cause: string }>(
    (p) =>
      `Could not ${p.action}: this engine does not support \`--link\` (the engine said: ${p.cause}).\n` +
      `Why: links are Docker's legacy way for one container to name another on the default bridge; Podman's Docker-compatible API refuses them.\n` +
      `Try: create a network (\`lab.createNetwork\`) and run both containers on it: a user-defined network resolves its members by name.`,
    (p) =>
      `无法完成操作（${p.action}）：这个引擎不支持 \`--link\`（引擎的原话：${p.cause}）。\n` +
      `原因：link 是 Docker 在默认网桥上让一个容器按名字找到另一个容器的旧方式；Podman 的 Docker 兼容 API 拒绝它。\n` +
      `试试：创建一个网络（\`lab.createNetwork\`），把两个容器都运行在上面：自定义网络会按名字解析它的成员。`,
  ),
  dockerRefused: entry<{ action: string; cause: string }>(
    (p) => `Docker refused to ${p.action}: ${p.cause}`,
    (p) => `Docker 拒绝了操作（${p.action}）：${p.cause}`,
  ),
};
