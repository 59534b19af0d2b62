import { entry } from "./entry";

/** The lines of a failed matcher: what was expected, what was seen, why it matters, what to try. */
export const matcherMessages = {
  expectedReach: entry<{ from: string; target: string }>(
    (p) => `${p.from} reaches ${p.target} (ping -c 1 ${p.target})`,
    (p) => `${p.from} 能连通 ${p.target}（ping -c 1 ${p.target}）`,
  ),
  expectedNoReach: entry<{ from: string; target: string }>(
    (p) => `${p.from} does not reach ${p.target}`,
    (p) => `${p.from} 无法连通 ${p.target}`,
  ),
  seenUnresolved: entry<{ from: string; target: string }>(
    (p) => `"${p.target}" does not resolve inside ${p.from}`,
    (p) => `在 ${p.from} 内无法解析 "${p.target}"`,
  ),
  seenNoReply: entry<{ target: string; address: string; seconds: number }>(
    (p) => `${p.target} (${p.address}) did not answer within ${p.seconds}s`,
    (p) => `${p.target}（${p.address}）在 ${p.seconds} 秒内没有应答`,
  ),
  seenReply: entry<{ target: string; address: string }>(
    (p) => `${p.target} (${p.address}) answered`,
    (p) => `${p.target}（${p.address}）有应答`,
  ),
  whyUnresolved: entry(
    () =>
      `a container finds another by name only through its /etc/hosts (written by --link) or through the DNS of a user-defined network (127.0.0.11); the default bridge has neither.`,
    () => `容器只能通过自己的 /etc/hosts（由 --link 写入）或用户自定义网络的 DNS（127.0.0.11）按名字找到其他容器；默认网桥两者都没有。`,
  ),
  tryUnresolved: entry<{ from: string; target: string }>(
    (p) => `start ${p.from} with a link to ${p.target}, or put both on one user-defined network.`,
    (p) => `启动 ${p.from} 时加上指向 ${p.target} 的 --link，或把两者放在同一个用户自定义网络中。`,
  ),
  whyNoReply: entry(
    () => `containers talk directly only across a bridge they share: each network is its own bridge, and Docker keeps bridges apart.`,
    () => `容器只能通过它们共享的网桥直接通信：每个网络是一个独立的网桥，Docker 会把不同网桥隔离开。`,
  ),
  tryNoReply: entry<{ from: string; target: string }>(
    (p) => `check which networks ${p.from} and ${p.target} are on (docker inspect), and attach one to the other's network (docker network connect).`,
    (p) => `查看 ${p.from} 和 ${p.target} 各在哪些网络上（docker inspect），再把其中一个接入另一个的网络（docker network connect）。`,
  ),
  whyReply: entry(
    () => `the two containers share a network, so nothing stands between them.`,
    () => `这两个容器共享同一个网络，所以它们之间没有任何阻隔。`,
  ),
  tryReply: entry<{ from: string; target: string }>(
    (p) => `keep ${p.from} and ${p.target} on different networks (not both on the default bridge, no network connect between them).`,
    (p) => `让 ${p.from} 和 ${p.target} 处于不同的网络（不要都在默认网桥上，也不要用 network connect 连通它们）。`,
  ),
  expectedResolve: entry<{ from: string; name: string }>(
    (p) => `"${p.name}" resolves inside ${p.from}`,
    (p) => `在 ${p.from} 内能解析 "${p.name}"`,
  ),
  expectedNoResolve: entry<{ from: string; name: string }>(
    (p) => `"${p.name}" does not resolve inside ${p.from}`,
    (p) => `在 ${p.from} 内无法解析 "${p.name}"`,
  ),
  seenResolved: entry<{ name: string; address: string; source: string }>(
    (p) => `"${p.name}" resolves to ${p.address} (from ${p.source === "hosts" ? "/etc/hosts" : "DNS"})`,
    (p) => `"${p.name}" 解析为 ${p.address}（来自 ${p.source === "hosts" ? "/etc/hosts" : "DNS"}）`,
  ),
  whyResolved: entry<{ source: string }>(
    (p) =>
      p.source === "hosts"
        ? `/etc/hosts of this container names it: that is what --link writes, and only in the container that was started with the link.`
        : `the embedded DNS of a user-defined network answers for every container on that network, in both directions.`,
    (p) =>
      p.source === "hosts"
        ? `这个容器的 /etc/hosts 中有这个名字：这是 --link 写入的，而且只写入启动时带 --link 的那个容器。`
        : `用户自定义网络的内置 DNS 会为该网络上的每个容器应答，双向都可以。`,
  ),
  tryResolved: entry<{ from: string }>(
    (p) => `if ${p.from} should not know that name, start it without a link and keep it off the other's user-defined network.`,
    (p) => `如果 ${p.from} 不应知道这个名字，启动它时不要加 --link，也不要把它放进对方的用户自定义网络。`,
  ),
  expectedAddressIn: entry<{ container: string; cidr: string }>(
    (p) => `${p.container} has an address in ${p.cidr}`,
    (p) => `${p.container} 有一个位于 ${p.cidr} 内的地址`,
  ),
  expectedNoAddressIn: entry<{ container: string; cidr: string }>(
    (p) => `${p.container} has no address in ${p.cidr}`,
    (p) => `${p.container} 没有位于 ${p.cidr} 内的地址`,
  ),
  seenAddresses: entry<{ addresses: string }>(
    (p) => (p.addresses ? `its addresses: ${p.addresses}` : `it has no IPv4 address (network none, or not running)`),
    (p) => (p.addresses ? `它的地址：${p.addresses}` : `它没有 IPv4 地址（网络为 none，或未在运行）`),
  ),
  whyAddressIn: entry(
    () => `Docker gives each container one address per network it joins, taken from that network's subnet.`,
    () => `容器每加入一个网络，Docker 就从该网络的子网中给它分配一个地址。`,
  ),
  tryAddressIn: entry<{ container: string }>(
    (p) => `check which network ${p.container} was started on (--network) or connected to (docker network connect).`,
    (p) => `检查 ${p.container} 启动时用的网络（--network）或后来接入的网络（docker network connect）。`,
  ),
  matcherSubject: entry<{ matcher: string; received: string }>(
    (p) => `Matcher error: ${p.matcher} needs a lab container as its subject (lab.container("c1")), received ${p.received}.`,
    (p) => `匹配器错误：${p.matcher} 的对象必须是实验容器（lab.container("c1")），实际收到 ${p.received}。`,
  ),
  labelExpected: entry(() => "Expected:", () => "期望："),
  labelReceived: entry(() => "Received:", () => "实际："),
  labelWhy: entry(() => "Why:", () => "原因："),
  labelTry: entry(() => "Try:", () => "试试："),
};
