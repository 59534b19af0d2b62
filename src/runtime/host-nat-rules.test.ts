import { findMasquerade } from "./host-nat-rules";

describe("findMasquerade", () => {
  // Recorded on Docker 20.10.24 here (iptables -t nat -S).
  const docker = {
    format: "iptables" as const,
    text: ["-P POSTROUTING ACCEPT", "-A POSTROUTING -s 10.164.75.0/24 ! -o br-b0ff669dacc1 -j MASQUERADE", "-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE"].join("\n"),
  };

  test("Docker, iptables: the rule for the subnet leaving by another interface than its bridge", () => {
    expect(findMasquerade(docker, "172.17.0.0/16", "docker0")).toEqual({ status: "found", rule: "-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE" });
  });

  test("says it is missing, with the rules it saw, for another subnet or bridge", () => {
    expect(findMasquerade(docker, "172.18.0.0/16", "docker0")).toMatchObject({ status: "missing", rules: expect.arrayContaining([expect.stringContaining("172.17.0.0/16")]) });
    expect(findMasquerade(docker, "172.17.0.0/16", "br-x")).toMatchObject({ status: "missing" });
  });

  // Written from moby's integration/network/bridge/nftablesdoc/generated/usernet-portmap.md (Engine 29's nftables backend).
  const nft = {
    format: "nft" as const,
    text: [
      "table ip docker-bridges {",
      "\tchain nat-postrouting-out__docker0 {",
      '\t\toifname != "docker0" ip saddr 172.17.0.0/16 counter masquerade comment "MASQUERADE"',
      "\t}",
      "\tchain nat-postrouting-out__bridge1 {",
      '\t\toifname != "bridge1" ip saddr 192.0.2.0/24 counter masquerade comment "MASQUERADE"',
      "\t}",
      "}",
    ].join("\n"),
  };

  test("Docker, nftables (Engine 29 opt-in): the masquerade rule of the bridge's out chain", () => {
    expect(findMasquerade(nft, "172.17.0.0/16", "docker0")).toMatchObject({ status: "found", rule: expect.stringContaining("ip saddr 172.17.0.0/16") });
    expect(findMasquerade(nft, "172.17.0.0/16", "bridge1")).toMatchObject({ status: "missing" });
  });

  // netavark (Podman 4.x): POSTROUTING jumps to a chain per network that masquerades.
  const netavark = {
    format: "iptables" as const,
    text: [
      "-N NETAVARK-1D8721804F16F",
      "-A POSTROUTING -j NETAVARK-HOSTPORT-MASQ",
      "-A POSTROUTING -s 10.88.0.0/16 -j NETAVARK-1D8721804F16F",
      "-A NETAVARK-1D8721804F16F -d 10.88.0.0/16 -j ACCEPT",
      "-A NETAVARK-1D8721804F16F ! -d 224.0.0.0/4 -j MASQUERADE",
    ].join("\n"),
  };

  test("Podman (netavark): a jump from POSTROUTING to a chain that masquerades the subnet", () => {
    expect(findMasquerade(netavark, "10.88.0.0/16", undefined)).toEqual({ status: "found", rule: "-A POSTROUTING -s 10.88.0.0/16 -j NETAVARK-1D8721804F16F" });
    expect(findMasquerade(netavark, "10.89.0.0/24", undefined)).toMatchObject({ status: "missing" });
  });
});
