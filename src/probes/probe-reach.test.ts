import { readPing } from "./read-ping";

// The reach probe's reader of ping's output, in read-ping.ts (docs/*/engines.md link these titles
// here; quick-ping.test.ts covers the short probe's form). Outputs recorded from busybox 1.35 ping
// in lab containers (Docker 20.10 and Podman 4.3 here).
describe("readPing: a negative answer counts only when ping could have seen a positive one", () => {
  test("an echo reply", () => {
    const out = "PING c1 (172.17.0.2): 56 data bytes\n64 bytes from 172.17.0.2: seq=0 ttl=64 time=0.101 ms\n\n--- c1 ping statistics ---\n1 packets transmitted, 1 packets received, 0% packet loss";
    expect(readPing(out, 0, "c1")).toEqual({ kind: "replied", address: "172.17.0.2" });
  });

  test("silence: sent, and ping's statistics say nothing came back", () => {
    const out = "PING 10.1.2.3 (10.1.2.3): 56 data bytes\n\n--- 10.1.2.3 ping statistics ---\n1 packets transmitted, 0 packets received, 100% packet loss";
    expect(readPing(out, 1, "10.1.2.3")).toEqual({ kind: "silent", address: "10.1.2.3" });
  });

  test("a name that does not resolve", () => {
    expect(readPing("ping: bad address 'c2'", 1, "c2")).toEqual({ kind: "unresolved" });
  });

  test("a ping that cannot open its socket (no NET_RAW, as on Podman) is broken, never silence or 'no such name'", () => {
    expect(readPing("ping: permission denied (are you root?)", 1, "c1")).toEqual({ kind: "broken", output: "ping: permission denied (are you root?)" });
    expect(readPing("ping: permission denied (are you root?)", 1, "10.1.2.3")).toMatchObject({ kind: "broken" });
  });

  test("no ping at all, or an exec that failed, is broken", () => {
    expect(readPing('OCI runtime exec failed: exec: "ping": executable file not found in $PATH', 126, "c1")).toMatchObject({ kind: "broken" });
    expect(readPing("", 137, "c1")).toEqual({ kind: "broken", output: "exit code 137" });
  });
});
