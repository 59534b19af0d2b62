import { entry } from "../../../messages/entry";

/** The texts of `netlab hint`, and the hints from what the last check saw (src/cli/hints). */
export const hintMessages = {
  cliHintSummary: entry(
    () => "the next hint for an exercise, and what your last check saw",
    () => "某个练习的下一条提示，以及你上次检查看到的情况",
  ),
  cliHintUsage: entry(
    () =>
      `Usage: npx netlab hint [id] [--all]\n\n` +
      `First what your last check on the engine saw, as a hint about your topology; then the exercise's\n` +
      `hints in order, gentlest first: each call shows the next one. --all shows them all.\n` +
      `Without an id: the current exercise.`,
    () =>
      `用法：npx netlab hint [id] [--all]\n\n` +
      `先根据你上次在引擎上的检查结果，给出关于你的拓扑的提示；然后按顺序给出该练习的提示，最温和的在前：\n` +
      `每次调用显示下一条。--all 显示全部。不带 id：当前练习。`,
  ),
  cliHintFromCheck: entry<{ ago: string; passed: number; total: number }>(
    (p) => `What your last check saw (${p.ago}, ${p.passed}/${p.total} passing):`,
    (p) => `你上次检查看到的情况（${p.ago}，通过 ${p.passed}/${p.total}）：`,
  ),
  cliHintNoCheck: entry<{ id: string }>(
    (p) => `(No check of your code yet: \`npx netlab run ${p.id}\` checks it, and then hints can say what it saw.)`,
    (p) => `（还没有检查过你的代码：\`npx netlab run ${p.id}\` 会检查它，之后提示就能说明看到的情况。）`,
  ),
  cliHintNumber: entry<{ n: number; total: number }>(
    (p) => `Hint ${p.n} of ${p.total}:`,
    (p) => `提示 ${p.n}/${p.total}：`,
  ),
  cliHintMore: entry<{ id: string; docs: string }>(
    (p) => `More: \`npx netlab hint ${p.id}\` again for the next hint, \`--all\` for all of them. The course: ${p.docs}`,
    (p) => `更多：再次运行 \`npx netlab hint ${p.id}\` 查看下一条提示，\`--all\` 查看全部。课程内容：${p.docs}`,
  ),
  cliHintLast: entry<{ id: string; docs: string }>(
    (p) =>
      `That was the last hint. Still stuck? Build the reference solution and poke at it: \`npx netlab explore ${p.id}\`\n` +
      `(compare with yours: \`npx netlab explore ${p.id} --mine\`). The course: ${p.docs}`,
    (p) =>
      `这是最后一条提示。还是卡住了？构建参考答案的拓扑并动手查看：\`npx netlab explore ${p.id}\`\n` +
      `（与你的对比：\`npx netlab explore ${p.id} --mine\`）。课程内容：${p.docs}`,
  ),
  cliHintLastMine: entry<{ id: string; docs: string }>(
    (p) =>
      `That was the last hint. Still stuck? Build your own topology and look at it on the engine: \`npx netlab explore ${p.id} --mine\`\n` +
      `(it prints what Docker made of your code, and draws it). The course: ${p.docs}`,
    (p) =>
      `这是最后一条提示。还是卡住了？构建你自己的拓扑并在引擎上查看：\`npx netlab explore ${p.id} --mine\`\n` +
      `（它会打印 Docker 根据你的代码创建了什么，并画出来）。课程内容：${p.docs}`,
  ),
  cliAgo: entry<{ n: number; unit: string }>(
    (p) => (p.unit === "now" ? "just now" : `${p.n} ${p.unit === "min" ? "min" : p.unit === "h" ? "h" : "days"} ago`),
    (p) => (p.unit === "now" ? "刚才" : `${p.n} ${p.unit === "min" ? "分钟" : p.unit === "h" ? "小时" : "天"}前`),
  ),

  // Hints from what the last check saw (src/cli/hints/state-rules.ts)
  cliStateNotYetDone: entry<{ todo: string; file: string }>(
    (p) => `Your code still stops at notYetDone(...) in ${p.file}: ${p.todo}. Write that, then delete the notYetDone(...) line.`,
    (p) => `你的代码仍然停在 ${p.file} 中的 notYetDone(...)：${p.todo}。写好这部分，然后删掉 notYetDone(...) 那一行。`,
  ),
  cliStatePredictionMissing: entry<{ file: string }>(
    (p) => `No answer yet: replace each \`undefined\` in ${p.file} with true or false, then check again.`,
    (p) => `还没有作答：把 ${p.file} 中每个 \`undefined\` 换成 true 或 false，然后再检查。`,
  ),
  cliStatePredictionWrong: entry<{ question: string; observed: string; why: string; file: string }>(
    (p) => `"${p.question}": the engine answered "${p.observed}". Why: ${p.why} Change that answer in ${p.file}.`,
    (p) => `“${p.question}”：引擎的结果是“${p.observed}”。原因：${p.why} 请修改 ${p.file} 中的这个答案。`,
  ),
  cliStatePredictionNotBoolean: entry<{ question: string; seen: string; file: string }>(
    (p) => `You answered ${p.seen} to "${p.question}" in ${p.file}: an answer is true or false, without quotes.`,
    (p) => `你在 ${p.file} 中对“${p.question}”的回答是 ${p.seen}：答案只能是 true 或 false，不加引号。`,
  ),
  cliStateMissingAwait: entry<{ call: string }>(
    (p) => `\`${p.call}\` had not finished when it was needed: put \`await\` before it (several at once: \`await Promise.all([...])\`).`,
    (p) => `需要结果时 \`${p.call}\` 还没有完成：在它前面加上 \`await\`（同时进行多个：\`await Promise.all([...])\`）。`,
  ),
  cliStateLinkOrder: entry<{ name: string; target: string }>(
    (p) => `${p.name} links to ${p.target}, so ${p.target} must be running first: \`await lab.run("${p.target}")\` before \`lab.run("${p.name}", { links: ["${p.target}"] })\`.`,
    (p) => `${p.name} 链接到 ${p.target}，所以 ${p.target} 必须先运行：先 \`await lab.run("${p.target}")\`，再 \`lab.run("${p.name}", { links: ["${p.target}"] })\`。`,
  ),
  cliStateSwapped: entry<{ call: string; network: string; container: string }>(
    (p) => `The network comes first: \`lab.${p.call}("${p.network}", "${p.container}")\`, as in \`docker network ${p.call} ${p.network} ${p.container}\`.`,
    (p) => `网络在前：\`lab.${p.call}("${p.network}", "${p.container}")\`，与 \`docker network ${p.call} ${p.network} ${p.container}\` 一致。`,
  ),
  cliStateTimeout: entry<{ seconds: string }>(
    (p) => `Your code never finished (stopped after ${p.seconds}s): look for a loop that waits for a change that never comes, or an \`await\` on a promise that never settles.`,
    (p) => `你的代码一直没有结束（${p.seconds} 秒后被停止）：检查是否有等待永不发生的变化的循环，或 \`await\` 了一个永不落定的 promise。`,
  ),
  cliStateBlocked: entry<{ seconds: string; file: string }>(
    (p) => `Your code in ${p.file} blocked the process for ${p.seconds}s (a loop that never ends): find the loop; wait for Docker with \`await\` on a Lab call, never by looping.`,
    (p) => `你在 ${p.file} 中的代码让进程阻塞了 ${p.seconds} 秒（永不结束的循环）：找到这个循环；等待 Docker 要 \`await\` 一个 Lab 调用，而不是循环。`,
  ),
  cliStateThrew: entry<{ error: string; file: string }>(
    (p) => `Your code in ${p.file} threw before the checks could look (${p.error}): fix that first; the checks did not see a topology yet.`,
    (p) => `你在 ${p.file} 中的代码在检查开始前就抛出了错误（${p.error}）：先修复它；检查还没看到任何拓扑。`,
  ),
  cliStateNoContainer: entry<{ name: string; known: string }>(
    (p) => `The check looked for a container "${p.name}", and your code did not start one (it started: ${p.known || "none"}). Names must match exactly: \`lab.run("${p.name}", ...)\`.`,
    (p) => `检查在找名为 "${p.name}" 的容器，但你的代码没有启动它（已启动：${p.known || "无"}）。名字必须完全一致：\`lab.run("${p.name}", ...)\`。`,
  ),
  cliStateNoNetwork: entry<{ name: string }>(
    (p) => `The check looked for a network "${p.name}" that your code did not create: \`lab.createNetwork("${p.name}", ...)\` comes before the containers that join it.`,
    (p) => `检查在找网络 "${p.name}"，但你的代码没有创建它：\`lab.createNetwork("${p.name}", ...)\` 要在加入它的容器之前。`,
  ),
  cliStateSubnetClash: entry<{ subnet: string }>(
    (p) => `${p.subnet} clashes with a route or a network on this machine: use the subnet and gateway the exercise hands you (\`net.subnet\`, \`net.gateway\`), not a fixed one.`,
    (p) => `${p.subnet} 与本机的路由或网络冲突：请使用练习提供的子网和网关（\`net.subnet\`、\`net.gateway\`），不要写死。`,
  ),
  cliStateDockerRefused: entry<{ action: string; cause: string }>(
    (p) => `Docker refused "${p.action}" (${p.cause}): the same \`docker\` command would fail too. Check the order of your calls and their options.`,
    (p) => `Docker 拒绝了 "${p.action}"（${p.cause}）：同样的 \`docker\` 命令也会失败。检查调用的顺序和选项。`,
  ),
  cliStateBridgeServers: entry(
    () => `web1 and web2 must each serve on port 80 in a namespace of its own: start both on the default bridge (no \`network: "host"\`) with a server command, \`command: ["httpd", "-f", "-p", "80", "-h", "/var/www"]\`.`,
    () => `web1 和 web2 都必须在各自的命名空间里监听 80 端口：在默认网桥上启动它们（不要 \`network: "host"\`），并给出服务器命令 \`command: ["httpd", "-f", "-p", "80", "-h", "/var/www"]\`。`,
  ),
  cliStateHostMode: entry(
    () => `h1 and h2 belong on the host's network: \`lab.run("h1", { network: "host", command: hostServer(port) })\` is \`docker run --network host\`; both must try the same port, one after the other.`,
    () => `h1 和 h2 应该在主机网络上：\`lab.run("h1", { network: "host", command: hostServer(port) })\` 就是 \`docker run --network host\`；两者必须先后尝试同一个端口。`,
  ),
  cliStatePublish: entry(
    () => `web's port 80 is not published where the check looked: \`lab.run("web", { publish: [\`\${hostPort}:80\`], command: WEB_SERVER })\` is \`docker run -p HOSTPORT:80\`; use the host port you were given, and start a server on 80.`,
    () => `web 的 80 端口没有发布到检查查看的位置：\`lab.run("web", { publish: [\`\${hostPort}:80\`], command: WEB_SERVER })\` 就是 \`docker run -p 主机端口:80\`；请使用给你的主机端口，并在 80 端口启动服务器。`,
  ),
  cliStateFindVeth: entry(
    () => `Read N from \`ip -o link show eth0\` inside the container (\`eth0@ifN\`), then return the name of the host interface whose index is N: \`(await lab.hostView()).byIndex(N)\`. The container's own eth0 is not the answer.`,
    () => `在容器内运行 \`ip -o link show eth0\`，从 \`eth0@ifN\` 读出 N，再返回主机上索引为 N 的接口名：\`(await lab.hostView()).byIndex(N)\`。容器自己的 eth0 不是答案。`,
  ),
  cliStateTwoNetworks: entry(
    () => `c1 should be on the default bridge and c2 on mynet, each on one network only: \`lab.run("c1")\` and \`lab.run("c2", { network: "mynet" })\`, with mynet created first from the subnet you were given.`,
    () => `c1 应该在默认网桥上，c2 在 mynet 上，各自只在一个网络里：\`lab.run("c1")\` 和 \`lab.run("c2", { network: "mynet" })\`，并先用给你的子网创建 mynet。`,
  ),
  cliStateConnect: entry(
    () => `c1 should end up on both networks: start it on the default bridge, then \`lab.connect("mynet", "c1")\` (\`docker network connect mynet c1\`) gives it a second interface and an address in mynet.`,
    () => `c1 最终应该同时在两个网络上：先在默认网桥上启动它，再用 \`lab.connect("mynet", "c1")\`（\`docker network connect mynet c1\`）给它第二个接口和 mynet 中的地址。`,
  ),
  cliStateStillIsolated: entry(
    () => `Only c1 should be connected to mynet: c3 stays on the default bridge alone (no \`lab.connect("mynet", "c3")\`), so the isolation between the networks still holds for it.`,
    () => `只有 c1 应该连接到 mynet：c3 只留在默认网桥上（不要 \`lab.connect("mynet", "c3")\`），这样两个网络之间的隔离对它仍然成立。`,
  ),
  cliStateDisconnect: entry(
    () => `c1 is still on mynet: \`lab.disconnect("mynet", "c1")\` (\`docker network disconnect mynet c1\`) takes its mynet interface and address away, and leaves the default bridge as it was.`,
    () => `c1 仍然在 mynet 上：\`lab.disconnect("mynet", "c1")\`（\`docker network disconnect mynet c1\`）会去掉它在 mynet 上的接口和地址，默认网桥保持不变。`,
  ),
  cliStateLinkHosts: entry(
    () => `c2's /etc/hosts has no entry for c1: did you pass a link? \`lab.run("c2", { links: ["c1"] })\` is \`docker run --link c1\`, and c1 must be started first.`,
    () => `c2 的 /etc/hosts 中没有 c1 的条目：你加了 --link 吗？\`lab.run("c2", { links: ["c1"] })\` 就是 \`docker run --link c1\`，而且 c1 必须先启动。`,
  ),
  cliStateLinkEnv: entry(
    () => `c2 has no C1_* variables: only --link writes them (a user-defined network gives names, not variables). Start c2 with \`{ links: ["c1"] }\`.`,
    () => `c2 中没有 C1_* 变量：只有 --link 会写入它们（自定义网络只提供名字，不提供变量）。用 \`{ links: ["c1"] }\` 启动 c2。`,
  ),
  cliStateNetworkInspect: entry(
    () => `diynetwork's driver, subnet or gateway is not what the exercise asked for: pass \`{ driver: "bridge", subnet: net.subnet, gateway: net.gateway }\` to lab.createNetwork.`,
    () => `diynetwork 的驱动、子网或网关与练习要求不符：给 lab.createNetwork 传入 \`{ driver: "bridge", subnet: net.subnet, gateway: net.gateway }\`。`,
  ),
  cliStateGateway: entry(
    () =>
      `c1 or c2 has no address in the subnet you were given, or its default route goes elsewhere: create diynetwork with \`subnet: net.subnet, gateway: net.gateway\` ` +
      `(the variables, not addresses copied from a message: each run gets its own) and start both with \`{ network: "diynetwork" }\`.`,
    () =>
      `c1 或 c2 没有给定子网内的地址，或默认路由指向别处：用 \`subnet: net.subnet, gateway: net.gateway\` 创建 diynetwork` +
      `（用变量，不要照抄消息里的地址：每次运行的子网都不同），并用 \`{ network: "diynetwork" }\` 启动它们两个。`,
  ),
  cliStateEmbeddedDns: entry(
    () => `c1 does not use the embedded DNS (127.0.0.11), or finds c2 in /etc/hosts: put c1 and c2 on diynetwork, without --link.`,
    () => `c1 没有使用内置 DNS（127.0.0.11），或者在 /etc/hosts 中找到了 c2：把 c1 和 c2 放在 diynetwork 上，不要用 --link。`,
  ),
  cliStateUnresolved: entry<{ from: string; target: string }>(
    (p) =>
      `${p.from} cannot find "${p.target}" by name: ${p.from}'s /etc/hosts has no entry for ${p.target} and no network DNS answers for it. ` +
      `Did you pass a link (\`lab.run("${p.from}", { links: ["${p.target}"] })\`), or put both on one user-defined network?`,
    (p) =>
      `${p.from} 无法按名字找到 "${p.target}"：${p.from} 的 /etc/hosts 中没有 ${p.target}，也没有网络 DNS 为它应答。` +
      `你加了 --link 吗（\`lab.run("${p.from}", { links: ["${p.target}"] })\`），或者把两者放进同一个自定义网络了吗？`,
  ),
  cliStateNoReply: entry<{ from: string; target: string; address: string }>(
    (p) => `${p.from} knows ${p.target} (${p.address}) but gets no reply: they share no bridge. Compare their networks (\`docker inspect\`), then connect one to the other's (\`lab.connect\`).`,
    (p) => `${p.from} 知道 ${p.target}（${p.address}），但收不到应答：它们没有共享的网桥。对比两者所在的网络（\`docker inspect\`），再把一个接入另一个的网络（\`lab.connect\`）。`,
  ),
  cliStateResolvedHosts: entry<{ from: string; name: string }>(
    (p) => `${p.from} finds "${p.name}" in its own /etc/hosts: ${p.from} was started with a link to ${p.name}. For this check it must not be.`,
    (p) => `${p.from} 在自己的 /etc/hosts 中找到了 "${p.name}"：${p.from} 启动时带了指向 ${p.name} 的 --link。这项检查要求不能这样。`,
  ),
  cliStateResolvedDns: entry<{ from: string; name: string }>(
    (p) => `${p.from} resolves "${p.name}" through a network's DNS: they share a user-defined network. For this check, keep them on the default bridge or on separate networks.`,
    (p) => `${p.from} 通过网络的 DNS 解析到了 "${p.name}"：它们在同一个自定义网络上。这项检查要求让它们留在默认网桥上，或分在不同网络。`,
  ),
  cliStateReply: entry<{ from: string; target: string }>(
    (p) => `${p.from} reaches ${p.target}, which this check says it must not: something joins them (the same network, or a \`connect\`). Keep them apart.`,
    (p) => `${p.from} 能连通 ${p.target}，而这项检查要求不能连通：有东西把它们连在一起（同一个网络，或一次 \`connect\`）。让它们分开。`,
  ),
  cliStateNoAddress: entry<{ container: string; cidr: string }>(
    (p) => `${p.container} has no IPv4 address at all: it runs with network none, or it has stopped. It should have one in ${p.cidr}.`,
    (p) => `${p.container} 根本没有 IPv4 地址：它使用了 none 网络，或者已经停止。它应当有一个位于 ${p.cidr} 内的地址。`,
  ),
  cliStateWrongAddress: entry<{ container: string; addresses: string; cidr: string }>(
    (p) => `${p.container} has ${p.addresses}, nothing in ${p.cidr}: it is on another network than the check expects. Look at its --network (or a missing \`connect\`).`,
    (p) => `${p.container} 的地址是 ${p.addresses}，没有位于 ${p.cidr} 内的：它不在检查期望的网络上。看看它的 --network（或是否漏了 \`connect\`）。`,
  ),
};
