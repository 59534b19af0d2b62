import { entry } from "./entry";

/**
 * The Expected/Received/Why/Try lines of the course tests' checks of what the engine built, one group
 * per exercise (check-messages.ts has the first ones). A check's first line, the docker command that
 * shows the same, is not translated, so not here.
 */
export const topologyMessages = {
  // Shared: two containers, two addresses; a container's default route.
  expectedTwoAddresses: entry<{ a: string; b: string }>(
    (p) => `${p.a} and ${p.b} at two different addresses`,
    (p) => `${p.a} 和 ${p.b} 各有一个不同的地址`,
  ),
  seenSameAddress: entry<{ a: string; b: string; ip: string }>(
    (p) => `${p.a} and ${p.b} both at ${p.ip}`,
    (p) => `${p.a} 和 ${p.b} 的地址都是 ${p.ip}`,
  ),
  whyTwoAddresses: entry(
    () => `each container on a bridge has a network namespace of its own, and the engine hands each one an address of its own.`,
    () => `网桥上的每个容器都有自己的网络命名空间，引擎给每个容器分配一个属于它自己的地址。`,
  ),
  tryTwoContainers: entry<{ a: string; b: string }>(
    (p) => `start ${p.a} and ${p.b} as two containers: two lab.run calls, two names.`,
    (p) => `把 ${p.a} 和 ${p.b} 作为两个容器启动：两次 lab.run，两个名字。`,
  ),
  expectedDefaultRoute: entry<{ gateway: string }>(
    (p) => `"default via ${p.gateway} dev eth0" in each`,
    (p) => `每个容器都有 "default via ${p.gateway} dev eth0"`,
  ),
  seenRoutes: entry<{ routes: string }>(
    (p) => p.routes,
    (p) => p.routes,
  ),
  whyDefaultRoute: entry(
    () => `a container sends what is not on its own network to its network's gateway, the bridge's address on the host.`,
    () => `容器把不属于自己网络的流量发给所在网络的网关，也就是网桥在主机上的地址。`,
  ),
  tryDefaultRoute: entry<{ network: string }>(
    (p) => `start the containers on ${p.network} (and keep them running).`,
    (p) => `在 ${p.network} 上启动这些容器（并让它们保持运行）。`,
  ),

  // ch1-bridge-mode
  expectedOwnInterfaces: entry<{ container: string }>(
    (p) => `${p.container}'s own lo and eth0@ifN (one end of a veth pair), with a MAC and an address the Docker host does not have`,
    (p) => `${p.container} 自己的 lo 和 eth0@ifN（veth pair 的一端），其 MAC 和地址在 Docker 主机上都不存在`,
  ),
  seenInterfaces: entry<{ interfaces: string }>(
    (p) => p.interfaces || `no interface`,
    (p) => p.interfaces || `没有接口`,
  ),
  whyOwnInterfaces: entry(
    () => `bridge mode gives each container a network namespace of its own: lo and an eth0 joined to the bridge by a veth pair. A container in host mode shows the host's interfaces instead.`,
    () => `桥接模式给每个容器一个独立的网络命名空间：lo，以及通过 veth pair 接到网桥上的 eth0。主机模式的容器看到的则是主机的接口。`,
  ),
  tryBridgeNetwork: entry<{ container: string }>(
    (p) => `start ${p.container} with { network: "bridge" } (or no network option), not "host".`,
    (p) => `用 { network: "bridge" }（或不指定网络）启动 ${p.container}，不要用 "host"。`,
  ),
  expectedBothServe: entry(
    () => `web1 and web2 each answer on port 80, asked from the other`,
    () => `web1 和 web2 都在 80 端口上应答（从另一个容器发起连接）`,
  ),
  seenServing: entry<{ name: string; connected: boolean }>(
    (p) => (p.connected ? `${p.name}:80 answered` : `${p.name}:80 did not answer`),
    (p) => (p.connected ? `${p.name}:80 有应答` : `${p.name}:80 没有应答`),
  ),
  whyBothServe: entry(
    () => `each namespace has its own port 80, so both servers bind it at once; a container that runs no server answers nothing on it.`,
    () => `每个命名空间都有自己的 80 端口，所以两个服务可以同时绑定它；没有运行服务的容器在这个端口上什么也不会应答。`,
  ),
  tryBothServe: entry(
    () => `run both with command: WEB_SERVER (httpd -f -p 80), on the default bridge.`,
    () => `两个容器都用 command: WEB_SERVER（httpd -f -p 80）运行，并放在默认网桥上。`,
  ),

  // ch1-host-mode
  expectedHostNetworkMode: entry(
    () => `h1 in network mode "host", with no address of its own`,
    () => `h1 的网络模式为 "host"，没有自己的地址`,
  ),
  seenNetworkMode: entry<{ mode: string; addresses: string }>(
    (p) => `network mode "${p.mode}", addresses: ${p.addresses || "none"}`,
    (p) => `网络模式 "${p.mode}"，地址：${p.addresses || "无"}`,
  ),
  whyHostMode: entry(
    () => `a host-mode container has no network namespace of its own: it uses the Docker host's network stack, its interfaces, addresses and ports.`,
    () => `主机模式的容器没有自己的网络命名空间：它直接使用 Docker 主机的网络栈，包括接口、地址和端口。`,
  ),
  tryHostMode: entry(
    () => `lab.run("h1", { network: "host", command: hostServer(port) }), then the same for h2.`,
    () => `lab.run("h1", { network: "host", command: hostServer(port) })，然后对 h2 做同样的事。`,
  ),
  expectedHostInterfaces: entry<{ bridge: string; gateway: string }>(
    (p) => `inside h1 the Docker host's own interfaces, ${p.bridge} with ${p.gateway} among them`,
    (p) => `h1 内看到的是 Docker 主机自己的接口，其中包括带有 ${p.gateway} 的 ${p.bridge}`,
  ),
  seenInsideInterfaces: entry<{ inside: string }>(
    (p) => `inside h1: ${p.inside || "no interface"}`,
    (p) => `h1 内：${p.inside || "没有接口"}`,
  ),
  expectedServedBy: entry<{ port: number; name: string }>(
    (p) => `an HTTP 200 from 127.0.0.1:${p.port} on the Docker host, the page of ${p.name}`,
    (p) => `Docker 主机上的 127.0.0.1:${p.port} 返回 HTTP 200，内容是 ${p.name} 的页面`,
  ),
  seenHostAnswer: entry<{ answer: string }>(
    (p) => (p.answer ? `the answer: ${p.answer}` : `no answer at all`),
    (p) => (p.answer ? `应答：${p.answer}` : `完全没有应答`),
  ),
  whyServedOnHost: entry(
    () => `in host mode the server binds the host's own 127.0.0.1:<port>: the host reaches it there with no -p. A server in a namespace of its own binds that namespace's loopback, which the host cannot see.`,
    () => `主机模式下服务绑定的是主机自己的 127.0.0.1:<port>：主机不需要 -p 就能在那里访问它。在独立命名空间里的服务绑定的是那个命名空间的回环地址，主机看不到。`,
  ),

  // ch1-port-mapping
  expectedServed: entry<{ port: number }>(
    (p) => `an HTTP 200 from web's server at 127.0.0.1:${p.port}`,
    (p) => `在 127.0.0.1:${p.port} 上得到 web 服务的 HTTP 200`,
  ),
  seenNotServed: entry<{ error: string; status: string }>(
    (p) => (p.status ? `HTTP ${p.status}` : `no answer (${p.error || "nothing came back"})`),
    (p) => (p.status ? `HTTP ${p.status}` : `没有应答（${p.error || "没有任何返回"}）`),
  ),
  whyServed: entry(
    () => `-p forwards the host port to the container's port 80; it does not serve. Only a server listening on the container's port 80 answers.`,
    () => `-p 把主机端口转发到容器的 80 端口，它本身不提供服务。只有在容器 80 端口上监听的服务才会应答。`,
  ),
  tryServed: entry(
    () => `run web with command: WEB_SERVER as well as publish: [\`\${hostPort}:80\`].`,
    () => `运行 web 时既要 publish: [\`\${hostPort}:80\`]，也要 command: WEB_SERVER。`,
  ),
  expectedTranslated: entry<{ gateway: string }>(
    (p) => `the server sees the client at ${p.gateway} (the bridge's gateway), not at 127.0.0.1`,
    (p) => `服务看到的客户端地址是 ${p.gateway}（网桥的网关），而不是 127.0.0.1`,
  ),
  seenClient: entry<{ seen: string }>(
    (p) => `the server saw ${p.seen || "no address"}`,
    (p) => `服务看到的是 ${p.seen || "（没有地址）"}`,
  ),
  whyTranslated: entry(
    () => `a published port is NAT on the Docker host: the connection reaches the container from the bridge's side, its source rewritten to the gateway.`,
    () => `发布端口是 Docker 主机上的 NAT：连接从网桥一侧到达容器，源地址被改写为网关。`,
  ),
  tryTranslated: entry(
    () => `publish web's port 80 with -p HOSTPORT:80 on the default bridge (not host mode).`,
    () => `在默认网桥上用 -p 主机端口:80 发布 web 的 80 端口（不要用主机模式）。`,
  ),
  seenRefusedOtherwise: entry<{ said: string }>(
    (p) => `the engine refused web2, but not for the port: ${p.said}`,
    (p) => `引擎拒绝了 web2，但原因不是端口：${p.said}`,
  ),
  expectedVethOnBridge: entry<{ container: string; bridge: string }>(
    (p) => `${p.container}'s eth0@ifN, its host end a veth plugged into ${p.bridge}`,
    (p) => `${p.container} 的 eth0@ifN，其主机端是接在 ${p.bridge} 上的 veth`,
  ),
  seenHostEnd: entry<{ name: string; master: string }>(
    (p) => (p.name ? `host end ${p.name}, on ${p.master || "no bridge"}` : `no host end found (no eth0@ifN inside)`),
    (p) => (p.name ? `主机端 ${p.name}，接在 ${p.master || "（没有网桥）"} 上` : `找不到主机端（容器内没有 eth0@ifN）`),
  ),
  whyPublishOnBridge: entry(
    () => `-p is NAT on the host in front of the bridge: the container stays on the bridge, with its veth pair, and the host forwards to it.`,
    () => `-p 是主机上位于网桥前面的 NAT：容器仍在网桥上，仍有它的 veth pair，由主机把流量转发给它。`,
  ),
  tryPublishOnBridge: entry(
    () => `start web with no network option (the default bridge), with publish.`,
    () => `不指定网络（即默认网桥）启动 web，并加上 publish。`,
  ),

  // ch2-docker0
  expectedBridgeFacts: entry<{ subnet: string; gateway: string }>(
    (p) => `{ subnet: "${p.subnet}", gateway: "${p.gateway}" }, what this engine reports`,
    (p) => `{ subnet: "${p.subnet}", gateway: "${p.gateway}" }，即本引擎报告的值`,
  ),
  seenAnswer: entry<{ answer: string }>(
    (p) => `your answer: ${p.answer}`,
    (p) => `你的回答：${p.answer}`,
  ),
  whyReadBridge: entry(
    () => `each engine chooses its default bridge's subnet and gateway (dockerd --bip, daemon.json): 172.17.0.0/16 and 172.17.0.1 are only the usual values, so they are read, never typed in. The gateway is the address containers route through, not one of theirs.`,
    () => `每个引擎自己决定默认网桥的子网和网关（dockerd --bip、daemon.json）：172.17.0.0/16 和 172.17.0.1 只是常见值，所以要读取，不能凭记忆写。网关是容器路由所经过的地址，不是某个容器自己的地址。`,
  ),
  tryReadBridge: entry(
    () => `return the Subnet of (await lab.inspectNetwork("bridge")).IPAM.Config and the gateway of c1's address on "bridge" (lab.container("c1").addresses()).`,
    () => `返回 (await lab.inspectNetwork("bridge")).IPAM.Config 中的 Subnet，以及 c1 在 "bridge" 上地址的 gateway（lab.container("c1").addresses()）。`,
  ),
  expectedGatewayOnBridge: entry<{ bridge: string; address: string }>(
    (p) => `${p.bridge} holds ${p.address} on the Docker host`,
    (p) => `Docker 主机上的 ${p.bridge} 持有 ${p.address}`,
  ),
  seenBridgeAddresses: entry<{ bridge: string; addresses: string }>(
    (p) => `${p.bridge} holds ${p.addresses || "no address"}`,
    (p) => `${p.bridge} 持有 ${p.addresses || "（没有地址）"}`,
  ),
  whyGatewayOnBridge: entry(
    () => `the default bridge's gateway is the bridge's own address on the host: containers send their traffic out through it.`,
    () => `默认网桥的网关就是网桥在主机上的地址：容器通过它把流量发出去。`,
  ),
  tryEngineBridge: entry(
    () => `nothing in your code decides this: the engine's bridge is not set up as it reports (netlab doctor; restart the engine).`,
    () => `这不由你的代码决定：引擎的网桥与它报告的不一致（运行 netlab doctor；重启引擎）。`,
  ),
  expectedMembers: entry<{ names: string; subnet: string }>(
    (p) => `${p.names} each at an address of its own in ${p.subnet}, each listed by the network`,
    (p) => `${p.names} 各自在 ${p.subnet} 中有一个自己的地址，并且都被网络列出`,
  ),
  seenMembers: entry<{ members: string }>(
    (p) => p.members,
    (p) => p.members,
  ),
  whyMembers: entry(
    () => `every container started with no network option joins the default bridge and gets an address of its own from its subnet; docker network inspect bridge lists it.`,
    () => `不指定网络启动的容器都会加入默认网桥，并从其子网中获得一个自己的地址；docker network inspect bridge 会列出它。`,
  ),
  tryMembers: entry<{ names: string }>(
    (p) => `start ${p.names}, each with lab.run(name) (no network option).`,
    (p) => `用 lab.run(name)（不指定网络）启动 ${p.names}。`,
  ),

  // ch2-find-veth
  expectedHostInterface: entry<{ answer: string }>(
    (p) => `"${p.answer}" among the Docker host's interfaces while c1 runs`,
    (p) => `c1 运行时，"${p.answer}" 在 Docker 主机的接口中`,
  ),
  seenNoSuchInterface: entry<{ answer: string; names: string }>(
    (p) => `the host has no interface "${p.answer}" (it has: ${p.names})`,
    (p) => `主机上没有接口 "${p.answer}"（现有：${p.names}）`,
  ),
  whyHostInterface: entry(
    () => `findHostVeth names an interface of the Docker host: the host end of c1's veth pair, whose index is the N of eth0@ifN.`,
    () => `findHostVeth 要给出的是 Docker 主机上的接口：c1 的 veth pair 在主机上的一端，它的序号就是 eth0@ifN 中的 N。`,
  ),
  tryHostInterface: entry(
    () => `return (await (await lab.hostView()).byIndex(N))?.name, N read from "ip -o link show eth0" inside the container.`,
    () => `返回 (await (await lab.hostView()).byIndex(N))?.name，N 取自容器内 "ip -o link show eth0" 的输出。`,
  ),
  expectedPairEnds: entry<{ bridge: string }>(
    (p) => `the host end a veth whose peer is c1's eth0, plugged into ${p.bridge}`,
    (p) => `主机端是一个 veth，它的另一端是 c1 的 eth0，并接在 ${p.bridge} 上`,
  ),
  seenPairEnd: entry<{ name: string; peer: string; master: string }>(
    (p) => `host end ${p.name || "none"}, its peer index ${p.peer || "none"}, on ${p.master || "no bridge"}`,
    (p) => `主机端 ${p.name || "无"}，对端序号 ${p.peer || "无"}，接在 ${p.master || "（没有网桥）"} 上`,
  ),
  whyPairEnds: entry(
    () => `a veth pair is one virtual cable: each end names the other's index (@ifN), and the engine plugs the host end into the container's bridge.`,
    () => `veth pair 是一根虚拟网线：两端各自记着对方的序号（@ifN），引擎把主机端接到容器所在的网桥上。`,
  ),
  expectedVethGone: entry<{ answer: string }>(
    (p) => `"${p.answer}" gone from the host once c1 stopped`,
    (p) => `c1 停止后，"${p.answer}" 从主机上消失`,
  ),
  seenVethStays: entry<{ answer: string }>(
    (p) => `"${p.answer}" is still there`,
    (p) => `"${p.answer}" 仍然存在`,
  ),
  whyVethGone: entry(
    () => `c1's pair lives with c1's network namespace: when c1 stops, both ends go. An interface that stays was never c1's.`,
    () => `c1 的 veth pair 随 c1 的网络命名空间而存在：c1 停止时两端都会消失。还留着的接口本来就不是 c1 的。`,
  ),

  // ch2-host-reach
  expectedHostRoute: entry<{ address: string; device: string; subnet: string }>(
    (p) => `{ address: "${p.address}", device: "${p.device}" }: c1's address, and the dev of the host's route to ${p.subnet}`,
    (p) => `{ address: "${p.address}", device: "${p.device}" }：c1 的地址，以及主机到 ${p.subnet} 的路由所用的设备`,
  ),
  whyHostRoute: entry(
    () => `the host reaches the default bridge's subnet through the bridge itself, as its routing table says (ip route). The bridge's name is the engine's (docker0 by default; an engine can use another), so it is read from the route, not typed in; c1's own eth0 is inside c1, not on the host.`,
    () => `主机通过网桥本身到达默认网桥的子网，路由表（ip route）就是这么写的。网桥的名字由引擎决定（默认是 docker0，引擎也可以用别的），所以要从路由中读取，不能凭记忆写；c1 自己的 eth0 在 c1 里面，不在主机上。`,
  ),
  tryHostRoute: entry(
    () => `address: await lab.container("c1").ip("bridge"); device: the dev of the route in (await lab.hostView()).routes() whose destination is the Subnet of lab.inspectNetwork("bridge").`,
    () => `address：await lab.container("c1").ip("bridge")；device：(await lab.hostView()).routes() 中目的地为 lab.inspectNetwork("bridge") 的 Subnet 的那条路由的 dev。`,
  ),
  expectedHostPing: entry<{ address: string }>(
    (p) => `c1 (${p.address}) answers a ping from the Docker host`,
    (p) => `c1（${p.address}）应答来自 Docker 主机的 ping`,
  ),
  seenSilent: entry(
    () => `no reply`,
    () => `没有应答`,
  ),
  whyHostPing: entry(
    () => `the host has a route to the bridge's subnet and an address on the bridge: it reaches every container there directly.`,
    () => `主机有到网桥子网的路由，并在网桥上有地址：它能直接到达网桥上的每个容器。`,
  ),
  tryKeepRunning: entry<{ container: string }>(
    (p) => `keep ${p.container} running on the default bridge (no stop, no other network).`,
    (p) => `让 ${p.container} 在默认网桥上保持运行（不要停止，也不要换网络）。`,
  ),
  expectedMasquerade: entry<{ subnet: string; bridge: string }>(
    (p) => `a MASQUERADE rule for ${p.subnet} leaving by any interface but ${p.bridge}`,
    (p) => `一条针对 ${p.subnet}、从 ${p.bridge} 以外的接口离开时的 MASQUERADE 规则`,
  ),
  seenRules: entry<{ rules: string }>(
    (p) => `the host's NAT rules: ${p.rules || "none"}`,
    (p) => `主机的 NAT 规则：${p.rules || "无"}`,
  ),
  whyMasquerade: entry(
    () => `containers' private addresses cannot be answered from outside: the engine makes the host rewrite them to its own address as traffic leaves (NAT).`,
    () => `容器的私有地址在外部无法被回应：引擎让主机在流量离开时把它们改写为主机自己的地址（NAT）。`,
  ),

  // ch3-link
  expectedHostsAddress: entry<{ address: string }>(
    (p) => `the line for c1 maps it to c1's address, ${p.address}`,
    (p) => `c1 那一行把它映射到 c1 的地址 ${p.address}`,
  ),
  seenHostsLine: entry<{ line: string }>(
    (p) => `the line: ${p.line}`,
    (p) => `那一行：${p.line}`,
  ),

  // ch3-user-network
  expectedNetworkConfig: entry<{ network: string; subnet: string; gateway: string }>(
    (p) => `${p.network}: driver bridge, subnet ${p.subnet}, gateway ${p.gateway}`,
    (p) => `${p.network}：驱动 bridge，子网 ${p.subnet}，网关 ${p.gateway}`,
  ),
  seenNetworkConfig: entry<{ network: string; driver: string; subnet: string; gateway: string }>(
    (p) => `${p.network}: driver ${p.driver || "?"}, subnet ${p.subnet || "none"}, gateway ${p.gateway || "none"}`,
    (p) => `${p.network}：驱动 ${p.driver || "?"}，子网 ${p.subnet || "无"}，网关 ${p.gateway || "无"}`,
  ),
  whyNetworkConfig: entry(
    () => `a network you create takes the subnet and gateway you give it (--subnet, --gateway); without them the engine picks its own from its pool.`,
    () => `你创建的网络使用你给出的子网和网关（--subnet、--gateway）；不给的话，引擎会从自己的地址池里挑。`,
  ),
  tryNetworkConfig: entry<{ network: string }>(
    (p) => `lab.createNetwork("${p.network}", { driver: "bridge", subnet: net.subnet, gateway: net.gateway }): the values handed in.`,
    (p) => `lab.createNetwork("${p.network}", { driver: "bridge", subnet: net.subnet, gateway: net.gateway })：用传给你的值。`,
  ),
  expectedNameserver: entry<{ server: string }>(
    (p) => `"nameserver ${p.server}" in c1's /etc/resolv.conf, and no line for c2 in its /etc/hosts`,
    (p) => `c1 的 /etc/resolv.conf 中有 "nameserver ${p.server}"，其 /etc/hosts 中没有 c2 的记录`,
  ),
  seenResolvHosts: entry<{ nameservers: string; hostsLine: string }>(
    (p) => `${p.nameservers || "no nameserver line"}${p.hostsLine ? `; /etc/hosts: ${p.hostsLine}` : ""}`,
    (p) => `${p.nameservers || "没有 nameserver 行"}${p.hostsLine ? `；/etc/hosts：${p.hostsLine}` : ""}`,
  ),
  whyEmbeddedDns: entry(
    () => `on a network you create, the engine's embedded DNS answers the members' names; the default bridge has none (its containers copy the host's resolvers), and /etc/hosts entries are --link's way, not a network's.`,
    () => `在你创建的网络上，引擎内置的 DNS 会应答成员的名字；默认网桥没有 DNS（其容器照搬主机的解析服务器），而 /etc/hosts 里的记录是 --link 的做法，不是网络的。`,
  ),
  tryUserNetwork: entry<{ network: string }>(
    (p) => `run c1 and c2 with { network: "${p.network}" } and no links.`,
    (p) => `用 { network: "${p.network}" } 运行 c1 和 c2，不要用 links。`,
  ),

  // ch4
  expectedOwnBridges: entry<{ bridge: string; other: string }>(
    (p) => `c1's veth on ${p.bridge}, c2's on ${p.other}`,
    (p) => `c1 的 veth 在 ${p.bridge} 上，c2 的在 ${p.other} 上`,
  ),
  seenMasters: entry<{ first: string; second: string }>(
    (p) => `c1's veth on ${p.first || "no bridge"}, c2's on ${p.second || "no bridge"}`,
    (p) => `c1 的 veth 在 ${p.first || "（没有网桥）"} 上，c2 的在 ${p.second || "（没有网桥）"} 上`,
  ),
  whyOwnBridges: entry(
    () => `each network is a Linux bridge of its own on the host, and a container's veth is plugged into the bridge of the network it is on.`,
    () => `每个网络在主机上都是一个独立的 Linux 网桥，容器的 veth 接在它所在网络的网桥上。`,
  ),
  tryOwnBridges: entry(
    () => `c1 with no network option, c2 with { network: "mynet" }.`,
    () => `c1 不指定网络，c2 用 { network: "mynet" }。`,
  ),
  expectedTwoInterfaces: entry<{ bridgeIp: string; mynetIp: string }>(
    (p) => `two interfaces besides lo, one holding ${p.bridgeIp} (default bridge), one holding ${p.mynetIp} (mynet)`,
    (p) => `除 lo 外有两个接口，一个持有 ${p.bridgeIp}（默认网桥），一个持有 ${p.mynetIp}（mynet）`,
  ),
  whyConnectAdds: entry(
    () => `docker network connect adds an interface and an address on the new network; the container keeps the ones it had.`,
    () => `docker network connect 会在新网络上增加一个接口和一个地址；容器原有的接口和地址保持不变。`,
  ),
  tryConnect: entry(
    () => `start c1 on the default bridge, then await lab.connect("mynet", "c1").`,
    () => `先在默认网桥上启动 c1，再 await lab.connect("mynet", "c1")。`,
  ),
  expectedOneInterface: entry(
    () => `lo and eth0 only`,
    () => `只有 lo 和 eth0`,
  ),
  whyDisconnect: entry(
    () => `docker network disconnect takes away the interface and address of that network; the others stay.`,
    () => `docker network disconnect 会去掉该网络上的接口和地址；其他的保持不变。`,
  ),
  tryDisconnect: entry(
    () => `await lab.disconnect("mynet", "c1").`,
    () => `await lab.disconnect("mynet", "c1")。`,
  ),
};
