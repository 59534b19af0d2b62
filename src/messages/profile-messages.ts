import { entry } from "./entry";

/** Why an engine cannot show a lesson (n/a tests), and what a broken probe says. */
export const profileMessages = {
  checkNotShownHere: entry<{ check: string; reason: string }>(
    (p) => `n/a on this engine (not counted): ${p.check}\nWhy: ${p.reason}`,
    (p) => `此引擎上不适用（不计分）：${p.check}\n原因：${p.reason}`,
  ),
  naNetworkHostElsewhere: entry<{ engine: string }>(
    (p) =>
      `${p.engine} keeps its bridge, veths and firewall in a VM or a namespace of its own (Docker Desktop, Colima, OrbStack, rootless Docker), ` +
      `so this machine cannot ping a container's address or read the engine's NAT rules. Run the check on a native Linux engine to see it.`,
    (p) =>
      `${p.engine} 的网桥、veth 和防火墙位于虚拟机或它自己的命名空间中（Docker Desktop、Colima、OrbStack、rootless Docker），` +
      `因此本机无法 ping 容器地址，也读不到引擎的 NAT 规则。要看到这一点，请在原生 Linux 引擎上运行该检查。`,
  ),
  naFirewallUnreadable: entry<{ engine: string }>(
    (p) => `${p.engine} runs on this machine, but this user cannot list its NAT rules (\`iptables -t nat -S\` and \`nft list ruleset\` need root). Run the check as root (\`sudo npm test\`) to see them.`,
    (p) => `${p.engine} 在本机运行，但当前用户无法列出它的 NAT 规则（\`iptables -t nat -S\` 和 \`nft list ruleset\` 需要 root）。以 root 运行检查（\`sudo npm test\`）即可看到。`,
  ),
  naNoLegacyLinks: entry<{ engine: string }>(
    (p) => `${p.engine} does not support the legacy --link (Podman refuses it: "link is not supported"). On a user-defined network names resolve without it (chapter 3).`,
    (p) => `${p.engine} 不支持旧式的 --link（Podman 会拒绝："link is not supported"）。在用户自定义网络上，不用它也能解析名字（第 3 章）。`,
  ),
  naNoLinkEnvVars: entry<{ engine: string }>(
    (p) =>
      `${p.engine}: since Engine 29 --link no longer writes the C1_* environment variables (moby/moby#50719) unless the daemon runs with ` +
      `DOCKER_KEEP_DEPRECATED_LEGACY_LINKS_ENV_VARS=1; the /etc/hosts entry, which the other checks hold, is still written.`,
    (p) =>
      `${p.engine}：从 Engine 29 起，--link 不再写入 C1_* 环境变量（moby/moby#50719），除非守护进程以 ` +
      `DOCKER_KEEP_DEPRECATED_LEGACY_LINKS_ENV_VARS=1 启动；/etc/hosts 条目仍会写入，其余检查会核对它。`,
  ),
  naNoIsolation: entry<{ engine: string }>(
    (p) => `${p.engine} does not isolate bridge networks from each other (netavark before 1.5 forwards between them), so it cannot show that two networks are apart.`,
    (p) => `${p.engine} 不隔离彼此的桥接网络（1.5 之前的 netavark 会在它们之间转发），因此无法展示两个网络互不相通。`,
  ),
  probeBroken: entry<{ tool: string; container: string; output: string }>(
    (p) =>
      `The probe could not run: \`${p.tool}\` in ${p.container} failed (${p.output}).\n` +
      `Why: a check that expects no answer counts only when the probe could have seen one; a probe that cannot run proves nothing.\n` +
      `Try: this is the engine's doing, not your code's; \`npx netlab doctor\` says what the engine lacks (e.g. the NET_RAW capability for ping).`,
    (p) =>
      `探测无法运行：${p.container} 中的 \`${p.tool}\` 失败了（${p.output}）。\n` +
      `原因：预期"没有应答"的检查，只有在探测本可以看到应答时才算数；无法运行的探测什么也证明不了。\n` +
      `试试：这是引擎的问题，不是你的代码的问题；\`npx netlab doctor\` 会说明引擎缺少什么（例如 ping 所需的 NET_RAW 权限）。`,
  ),
};
