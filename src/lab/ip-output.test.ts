import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { INTERFACES_COMMAND, parseInterfaces, parseIpLink, parseIpRoute, withAddresses, withIflinks } from "./ip-output";

// Captured from busybox `ip -o link` / `ip -o -4 addr` on a Docker host with one container.
const HOST_LINK = `1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue qlen 1000\\    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
4: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1400 qdisc pfifo_fast qlen 1000\\    link/ether 02:fc:00:00:00:01 brd ff:ff:ff:ff:ff:ff
5: docker0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue \\    link/ether 02:42:28:16:0a:20 brd ff:ff:ff:ff:ff:ff
27: vethc48c5ee@if26: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue master docker0 \\    link/ether 3e:f7:8a:72:e5:45 brd ff:ff:ff:ff:ff:ff`;
const HOST_ADDR = `1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever
5: docker0    inet 172.17.0.1/16 brd 172.17.255.255 scope global docker0\\       valid_lft forever preferred_lft forever`;
const CONTAINER_LINK = `26: eth0@if27: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue \\    link/ether 02:42:ac:11:00:02 brd ff:ff:ff:ff:ff:ff`;

describe("ip output parsers", () => {
  test("a host-side veth: its peer index and its bridge", () => {
    const veth = parseIpLink(HOST_LINK).find((i) => i.name.startsWith("veth"));
    expect(veth).toMatchObject({ index: 27, name: "vethc48c5ee", peerIndex: 26, master: "docker0", mac: "3e:f7:8a:72:e5:45" });
  });

  test("the container side names the host side's index: eth0@if27", () => {
    expect(parseIpLink(CONTAINER_LINK)[0]).toMatchObject({ index: 26, name: "eth0", peerIndex: 27 });
  });

  test("addresses join their interfaces by index", () => {
    const docker0 = withAddresses(parseIpLink(HOST_LINK), HOST_ADDR).find((i) => i.name === "docker0");
    expect(docker0?.addresses).toEqual(["172.17.0.1/16"]);
    expect(docker0?.flags).toContain("UP");
  });

  test("routes: default via the gateway, and the subnet on eth0", () => {
    expect(parseIpRoute("default via 10.1.2.1 dev eth0 \n10.1.2.0/24 dev eth0 scope link  src 10.1.2.2 \n")).toEqual([
      { destination: "default", via: "10.1.2.1", dev: "eth0" },
      { destination: "10.1.2.0/24", via: undefined, dev: "eth0" },
    ]);
  });

  // iproute2's own `ip -o link` (the host side of Docker Desktop's VM, Podman hosts) and busybox's.
  test.each([
    ["iproute2, container side", `7: eth0@if8: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default \\    link/ether 6a:1f:0b:22:91:ce brd ff:ff:ff:ff:ff:ff link-netnsid 0`, { index: 7, name: "eth0", peerIndex: 8 }],
    ["busybox, host side", `6: veth1a2b@if6: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue master podman0 \\    link/ether 3e:f7:8a:72:e5:45 brd ff:ff:ff:ff:ff:ff`, { index: 6, name: "veth1a2b", peerIndex: 6, master: "podman0" }],
    ["a peer in the same namespace", `9: veth1@veth0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop qlen 1000\\    link/ether 9a:3c:51:0e:7d:20 brd ff:ff:ff:ff:ff:ff`, { index: 9, name: "veth1", peerName: "veth0" }],
    ["a peer named if-something, not if<N>", `4: veth0@ifb0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop qlen 1000\\    link/ether 5e:01:c4:9b:33:7a brd ff:ff:ff:ff:ff:ff`, { index: 4, name: "veth0", peerName: "ifb0" }],
  ])("%s", (_form, line, expected) => {
    const [iface] = parseIpLink(line);
    expect(iface).toMatchObject(expected);
    if (!("peerIndex" in expected)) expect(iface?.peerIndex).toBeUndefined();
  });
});

describe("withIflinks: the peer's index from sysfs where busybox ip named another interface", () => {
  // Podman 4.3 here: the container's eth0 is index 2, so the host end reads "veth0@ifb0".
  const host = "2: ifb0: <BROADCAST,NOARP> mtu 1500 qdisc noop qlen 32\\    link/ether 82:f7:ad:bc:ff:29 brd ff:ff:ff:ff:ff:ff\n1672: veth0@ifb0: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue master podman0 qlen 1000\\    link/ether ca:19:da:be:14:9a brd ff:ff:ff:ff:ff:ff";

  test("veth0@ifb0 with iflink 2 has peer index 2; interfaces that are their own link stay as they are", () => {
    const interfaces = withIflinks(parseIpLink(host), "ifb0 2\nveth0 2\n");
    expect(interfaces.find((i) => i.name === "veth0")).toMatchObject({ peerIndex: 2, master: "podman0" });
    expect(interfaces.find((i) => i.name === "ifb0")?.peerIndex).toBeUndefined();
  });
});

describe("INTERFACES_COMMAND: link, addresses and iflinks in one exec", () => {
  // The command runs in a real shell here, with an `ip` that prints the captured output: what the
  // command prints and what parseInterfaces reads must agree, section for section.
  function runWithIp(script: string): { stdout: string; status: number } {
    const dir = mkdtempSync(path.join(tmpdir(), "netlab-ip-"));
    try {
      writeFileSync(path.join(dir, "ip"), `#!/bin/sh\n${script}\n`);
      chmodSync(path.join(dir, "ip"), 0o755);
      const [shell = "sh", ...args] = INTERFACES_COMMAND;
      try {
        return { stdout: execFileSync(shell, args, { env: { PATH: `${dir}:/usr/bin:/bin` }, encoding: "utf8" }), status: 0 };
      } catch (err) {
        return { stdout: String((err as { stdout?: string }).stdout ?? ""), status: (err as { status?: number }).status ?? -1 };
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const fakeIp = `case "$*" in "-o link") cat <<'E'\n${HOST_LINK}\nE\n;; "-o -4 addr") cat <<'E'\n${HOST_ADDR}\nE\n;; esac`;

  test("reads what the three separate reads read", () => {
    const { stdout, status } = runWithIp(fakeIp);
    expect(status).toBe(0);
    expect(parseInterfaces(stdout)).toEqual(withAddresses(parseIpLink(HOST_LINK), HOST_ADDR));
  });

  test("iflinks from the third section fill in a peer that ip named", () => {
    const marker = /echo (\S+)/.exec(INTERFACES_COMMAND[2] ?? "")?.[1] ?? "";
    const podmanHost = "1672: veth0@ifb0: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue master podman0";
    expect(parseInterfaces(`${podmanHost}\n${marker}\n${marker}\nveth0 2\n`)).toMatchObject([{ name: "veth0", peerIndex: 2 }]);
  });

  test("fails where ip fails, so that a caller can tell a namespace it cannot read", () => {
    expect(runWithIp("exit 127").status).not.toBe(0);
  });
});
