import { entry } from "./entry";

/**
 * What a course test says when a check of the built topology fails outside a lab matcher: the
 * Expected/Received/Why/Try lines of `expectThat` (src/testing/expect-that.ts), never a dump of objects.
 * A check's first line is the docker command that shows the same (not translated, so not here).
 */
export const checkMessages = {
  noAddressOn: entry<{ container: string; network: string; networks: string }>(
    (p) =>
      `${p.container} has no address on ${p.network}: it is not connected to ${p.network} (it is on: ${p.networks || "no network"}).\n` +
      `Why: a container gets an address on a network only by joining it, when it starts (docker run --network ${p.network}) or later (docker network connect ${p.network} ${p.container}).\n` +
      `Try: \`lab.run("${p.container}", { network: "${p.network}" })\`, or \`lab.connect("${p.network}", "${p.container}")\`.`,
    (p) =>
      `${p.container} 在 ${p.network} 上没有地址：它没有接入 ${p.network}（它所在的网络：${p.networks || "无"}）。\n` +
      `原因：容器只有加入某个网络才会在其上获得地址：启动时加入（docker run --network ${p.network}），或之后接入（docker network connect ${p.network} ${p.container}）。\n` +
      `试试：\`lab.run("${p.container}", { network: "${p.network}" })\`，或 \`lab.connect("${p.network}", "${p.container}")\`。`,
  ),

  // The networks a container is on (docker inspect .NetworkSettings.Networks).
  checkNetworks: entry<{ container: string }>(
    (p) => `${p.container}'s networks (docker inspect ${p.container})`,
    (p) => `${p.container} 所在的网络（docker inspect ${p.container}）`,
  ),
  expectedNetworks: entry<{ container: string; networks: string }>(
    (p) => `${p.container} on ${p.networks} only`,
    (p) => `${p.container} 只在 ${p.networks} 上`,
  ),
  seenNetworks: entry<{ container: string; networks: string }>(
    (p) => `${p.container} on ${p.networks || "no network"}`,
    (p) => `${p.container} 在 ${p.networks || "（没有网络）"} 上`,
  ),
  whyNetworks: entry(
    () => `a container joins the network given at docker run (--network; the default bridge when none is given) and those connected later (docker network connect); each gives it one interface and one address.`,
    () => `容器加入 docker run 时指定的网络（--network；不指定时为默认网桥）以及之后接入的网络（docker network connect）；每个网络给它一个接口和一个地址。`,
  ),
  tryJoin: entry<{ container: string; network: string }>(
    (p) => `join ${p.network}: \`lab.run("${p.container}", { network: "${p.network}" })\` or \`lab.connect("${p.network}", "${p.container}")\``,
    (p) => `加入 ${p.network}：\`lab.run("${p.container}", { network: "${p.network}" })\` 或 \`lab.connect("${p.network}", "${p.container}")\``,
  ),
  tryLeave: entry<{ container: string; network: string }>(
    (p) => `leave ${p.network}: \`lab.disconnect("${p.network}", "${p.container}")\`, or do not start or connect it there`,
    (p) => `离开 ${p.network}：\`lab.disconnect("${p.network}", "${p.container}")\`，或不要在那里启动或接入它`,
  ),

  // ch1-port-mapping: where web's port 80 is published.
  expectedPublished: entry<{ port: number }>(
    (p) => `web's port 80 published on host port ${p.port} (the hostPort you were given)`,
    (p) => `web 的 80 端口发布在主机端口 ${p.port} 上（即给你的 hostPort）`,
  ),
  seenPublished: entry<{ port: string }>(
    (p) => (p.port ? `published on host port ${p.port}` : `port 80 not published at all`),
    (p) => (p.port ? `发布在主机端口 ${p.port} 上` : `80 端口根本没有发布`),
  ),
  whyPublished: entry(
    () => `-p HOST:CONTAINER binds the host port you name; a fixed number such as 8080 may be taken by another program or another run, so each run hands you a free one.`,
    () => `-p 主机端口:容器端口 绑定的是你指定的主机端口；固定的号码（如 8080）可能已被其他程序或另一次运行占用，所以每次运行都会给你一个空闲端口。`,
  ),
  tryPublished: entry(
    () => `publish: [\`\${hostPort}:80\`] (the variable, not a number).`,
    () => `publish: [\`\${hostPort}:80\`]（用这个变量，不要写数字）。`,
  ),
  expectedSecondRefused: entry<{ port: number }>(
    (p) => `the engine refuses web2: host port ${p.port} is already published by web`,
    (p) => `引擎拒绝 web2：主机端口 ${p.port} 已被 web 发布`,
  ),
  seenSecondStarted: entry(
    () => `web2 started`,
    () => `web2 启动了`,
  ),
  whySecondStarted: entry<{ port: number }>(
    (p) => `a host port has one listener: the engine refuses a second -p for a port a container already publishes. web2 starting means that nothing held ${p.port}.`,
    (p) => `一个主机端口只能有一个监听者：引擎会拒绝为已被某个容器发布的端口再做一次 -p。web2 能启动，说明 ${p.port} 没有被占用。`,
  ),

  // ch1-host-mode: which of h1 and h2 kept running.
  checkHostServers: entry(
    () => `docker ps -a (h1 and h2)`,
    () => `docker ps -a（h1 和 h2）`,
  ),
  expectedHostServers: entry(
    () => `one of h1 and h2 running, the other exited with an error (its port was taken)`,
    () => `h1 和 h2 中一个在运行，另一个出错退出（端口已被占用）`,
  ),
  seenServerState: entry<{ name: string; running: boolean; code: number }>(
    (p) => (p.running ? `${p.name} running` : `${p.name} exited (code ${p.code})`),
    (p) => (p.running ? `${p.name} 在运行` : `${p.name} 已退出（退出码 ${p.code}）`),
  ),
  whyHostServers: entry(
    () => `in host mode both servers bind the Docker host's one port: the first gets it, the second cannot bind and exits. Both running means they did not share one port (or one network); both exited means neither could serve.`,
    () => `host 模式下两个服务绑定的是 Docker 主机上同一个端口：第一个拿到它，第二个无法绑定而退出。两个都在运行，说明它们没有共用一个端口（或一个网络）；两个都退出，说明都没能提供服务。`,
  ),
  tryHostServers: entry(
    () => `start h1, then h2, each with { network: "host", command: hostServer(port) }, the same port variable for both.`,
    () => `先启动 h1，再启动 h2，都用 { network: "host", command: hostServer(port) }，两者使用同一个 port 变量。`,
  ),

  // ch3-link: what --link writes into c2.
  expectedHostsEntry: entry(
    () => `a line for c1: c1's address, then the name c1`,
    () => `一行 c1 的记录：c1 的地址，后面是名字 c1`,
  ),
  whyHostsEntry: entry(
    () => `--link c1 makes Docker write c1's address and name into c2's /etc/hosts when c2 is created; the default bridge has no DNS, so without it c2 cannot find c1 by name.`,
    () => `--link c1 让 Docker 在创建 c2 时把 c1 的地址和名字写入 c2 的 /etc/hosts；默认网桥没有 DNS，没有它 c2 就无法按名字找到 c1。`,
  ),
  tryHostsEntry: entry(
    () => `start c1 first, then c2 with { links: ["c1"] }.`,
    () => `先启动 c1，再用 { links: ["c1"] } 启动 c2。`,
  ),
  expectedLinkEnv: entry(
    () => `C1_NAME=/<c2>/c1 among c2's variables`,
    () => `c2 的环境变量中有 C1_NAME=/<c2>/c1`,
  ),
  seenLinkEnv: entry<{ names: string }>(
    (p) => (p.names ? p.names : `no *_NAME variable at all`),
    (p) => (p.names ? p.names : `根本没有 *_NAME 变量`),
  ),
  whyLinkEnv: entry(
    () => `--link also passes the target's name and ports to c2 as variables named after the link's alias in capitals (C1_NAME, C1_PORT...); an alias (links: ["c1:db"]) names them DB_* instead.`,
    () => `--link 还会把目标的名字和端口以环境变量传给 c2，变量名是链接别名的大写形式（C1_NAME、C1_PORT……）；用了别名（links: ["c1:db"]）时则叫 DB_*。`,
  ),
  tryLinkEnv: entry(
    () => `links: ["c1"], with no alias.`,
    () => `links: ["c1"]，不加别名。`,
  ),
};
