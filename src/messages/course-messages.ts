import { entry } from "./entry";

/** What the course tests of chapters 1, 2 and 4 tell the learner: prediction questions and answers, skipped checks. */
export const courseMessages = {
  // Chapter 1: three ways to connect.
  qHostSamePort: entry(
    () => `two containers in host mode (--network host) both start a web server on the same port: do both serve?`,
    () => `两个 host 模式（--network host）的容器都在同一个端口上启动 Web 服务：两个都能提供服务吗？`,
  ),
  whyHostSamePort: entry(
    () => `in host mode a container has no network namespace of its own: both servers bind the Docker host's one port, and the second gets "Address in use" and exits.`,
    () => `host 模式下容器没有自己的网络命名空间：两个服务绑定的是 Docker 主机上同一个端口，第二个会得到 "Address in use" 并退出。`,
  ),
  qBridgeSamePort: entry(
    () => `two containers on the default bridge both start a web server on port 80: do both serve?`,
    () => `默认网桥上的两个容器都在 80 端口启动 Web 服务：两个都能提供服务吗？`,
  ),
  whyBridgeSamePort: entry(
    () => `each bridge container has its own network namespace, with its own port 80: the two servers never meet.`,
    () => `每个桥接模式的容器都有自己的网络命名空间和自己的 80 端口：两个服务互不相干。`,
  ),
  qPublishSamePort: entry(
    () => `two containers are started with -p PORT:80 for the same host PORT: does the engine start both?`,
    () => `两个容器都用 -p PORT:80 启动，主机端口 PORT 相同：引擎会把两个都启动吗？`,
  ),
  whyPublishSamePort: entry(
    () => `a host port has one listener: the engine refuses the second container (each engine words it its own way: "port is already allocated", "address already in use"). Inside the containers, port 80 is never the problem.`,
    () => `一个主机端口只能有一个监听者：引擎会拒绝第二个容器（各引擎措辞不同："port is already allocated"、"address already in use"）。容器内部的 80 端口从来不是问题所在。`,
  ),
  // Chapter 2: docker0 and veth pairs.
  qVethOnDocker0: entry(
    () => `c1 runs on the default bridge: is its host-side veth attached to docker0?`,
    () => `c1 运行在默认网桥上：它在主机一侧的 veth 是否挂在 docker0 上？`,
  ),
  whyVethOnDocker0: entry(
    () => `a veth pair is a cable with two ends: the container's end is its eth0, the host's end is enslaved to the bridge ("master docker0").`,
    () => `veth pair 是一根有两端的网线：容器一端是它的 eth0，主机一端挂在网桥上（"master docker0"）。`,
  ),
  qVethPerContainer: entry(
    () => `c1 and c2 run on the default bridge: does each have its own veth on the host?`,
    () => `c1 和 c2 都运行在默认网桥上：它们在主机上各有自己的 veth 吗？`,
  ),
  whyVethPerContainer: entry(
    () => `every container gets its own veth pair; docker0 is the switch that joins all of them.`,
    () => `每个容器都有自己的一对 veth；docker0 是把它们连在一起的交换机。`,
  ),
  qVethAfterStop: entry(
    () => `after "docker stop c1", is c1's host-side veth still on the host?`,
    () => `执行 "docker stop c1" 之后，c1 在主机一侧的 veth 还在主机上吗？`,
  ),
  whyVethAfterStop: entry(
    () => `the pair lives as long as the container's network namespace: when the container stops, both ends are deleted (a new pair is made when it starts again).`,
    () => `veth pair 与容器的网络命名空间同生共死：容器停止时两端都被删除（再次启动时会新建一对）。`,
  ),
  vethWrong: entry<{ answer: string; index: number; expected: string }>(
    (p) =>
      `findHostVeth returned "${p.answer}", but the container's eth0 says eth0@if${p.index}: its peer is the host interface with index ${p.index}, which is "${p.expected}".\n` +
      `Why: a veth pair is one cable with two ends: eth0 is the container's end, and @ifN is the index of the other end, on the host; its name is the engine's choice, so it is looked up, never guessed.\n` +
      `Try: read "ip -o link show eth0" inside the container, take the N of "@ifN", and look that index up in the host's interfaces (lab.hostView()).`,
    (p) =>
      `findHostVeth 返回了 "${p.answer}"，但容器的 eth0 显示为 eth0@if${p.index}：它的另一端是主机上序号为 ${p.index} 的接口，即 "${p.expected}"。\n` +
      `原因：veth pair 是一根有两端的网线：eth0 是容器这一端，@ifN 是另一端在主机上的序号；它的名字由引擎决定，所以要查找，不能猜。\n` +
      `试试：在容器内读取 "ip -o link show eth0"，取出 "@ifN" 中的 N，再到主机的接口列表（lab.hostView()）中按这个序号查找。`,
  ),
  // Chapter 4: connecting networks.
  qConnectByName: entry(
    () => `after "docker network connect mynet c1", can c1 ping c2 (on mynet) by name?`,
    () => `执行 "docker network connect mynet c1" 之后，c1 能按名字 ping 通 c2（在 mynet 上）吗？`,
  ),
  whyConnectByName: entry(
    () => `connect gives c1 a second interface on mynet, and mynet's embedded DNS (127.0.0.11) answers members' names to every member.`,
    () => `connect 给 c1 在 mynet 上加了第二块网卡，而 mynet 的内置 DNS（127.0.0.11）会为每个成员解析其他成员的名字。`,
  ),
  qOtherStillIsolated: entry(
    () => `after the connect, can c3 (still only on the default bridge) ping c2's address?`,
    () => `connect 之后，c3（仍然只在默认网桥上）能 ping 通 c2 的地址吗？`,
  ),
  whyOtherStillIsolated: entry(
    () => `connect changes c1 only: c3 has no interface on mynet, and Docker keeps the two bridges apart.`,
    () => `connect 只改变了 c1：c3 在 mynet 上没有网卡，而 Docker 会把两个网桥隔离开。`,
  ),
  qStillOnBridge: entry(
    () => `after the connect, does c1 still reach c3 on the default bridge?`,
    () => `connect 之后，c1 还能连通默认网桥上的 c3 吗？`,
  ),
  whyStillOnBridge: entry(
    () => `connect adds a network, it does not move the container: c1 keeps eth0 on docker0 beside its new interface on mynet.`,
    () => `connect 是增加一个网络，而不是搬走容器：c1 保留 docker0 上的 eth0，同时多了 mynet 上的新网卡。`,
  ),
};
