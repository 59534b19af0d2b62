import { readQuickPing } from "./quick-ping";

// Outputs recorded from quick-ping's script with busybox 1.35 (Docker 20.10): the target's ping on
// stdout, the loopback control's on stderr, each ended by the script's marker line; the line of the
// target's interrupt comes where the interrupt did (between ping's header and its statistics).
const REPLY = "PING 10.203.0.2 (10.203.0.2): 56 data bytes\n64 bytes from 10.203.0.2: seq=0 ttl=64 time=1.291 ms\n\n--- 10.203.0.2 ping statistics ---\n1 packets transmitted, 1 packets received, 0% packet loss\nround-trip min/avg/max = 1.291/1.291/1.291 ms\n";
const interrupted = (at: string, queued = "0") => `PING 172.20.0.2 (172.20.0.2): 56 data bytes\nnetlab-interrupt at=${at} queued=${queued}\n\n--- 172.20.0.2 ping statistics ---\n1 packets transmitted, 0 packets received, 100% packet loss\n`;
const SILENCE = interrupted("17312.38");
const LOOPBACK = "PING 127.0.0.1 (127.0.0.1): 56 data bytes\n64 bytes from 127.0.0.1: seq=0 ttl=64 time=0.040 ms\n\n--- 127.0.0.1 ping statistics ---\n1 packets transmitted, 1 packets received, 0% packet loss\nround-trip min/avg/max = 0.040/0.040/0.040 ms\n";
const LOOPBACK_SILENT = "PING 127.0.0.1 (127.0.0.1): 56 data bytes\n\n--- 127.0.0.1 ping statistics ---\n1 packets transmitted, 0 packets received, 100% packet loss\n";
const NO_RAW = "PING 127.0.0.1 (127.0.0.1): 56 data bytes\nping: permission denied (are you root?)\n";

const target = (exit: number, end: string) => `netlab-target exit=${exit} start=17312.08 end=${end}\n`;
const control = (exit: number, end: string) => `netlab-control exit=${exit} start=17312.08 end=${end}\n`;

describe("readQuickPing: short silence counts only beside a control that answered in half the bound", () => {
  test("a reply is a reply, whatever the control did", () => {
    const q = readQuickPing(REPLY + target(0, "17312.08"), LOOPBACK_SILENT + control(1, "17312.23"), "10.203.0.2", 300);
    expect(q).toMatchObject({ verdict: "replied", target: { kind: "replied", address: "10.203.0.2" }, targetEndMs: 0 });
    expect(q.output).toBe(REPLY.trim());
  });

  test("silence after the interrupt, with the loopback control answered at once: silent", () => {
    const q = readQuickPing(SILENCE + target(1, "17312.39"), LOOPBACK + control(0, "17312.08"), "172.20.0.2", 300);
    expect(q).toMatchObject({ verdict: "silent", target: { kind: "silent" }, control: { kind: "replied" }, targetEndMs: 310, controlEndMs: 0, interruptMs: 300, queued: false });
    expect(q.output).toBe("PING 172.20.0.2 (172.20.0.2): 56 data bytes\n\n--- 172.20.0.2 ping statistics ---\n1 packets transmitted, 0 packets received, 100% packet loss");
  });

  test("an interrupt that came before the bound (a sleep that takes no fractions returns at once) is not silence", () => {
    expect(readQuickPing(interrupted("17312.37") + target(1, "17312.37"), LOOPBACK + control(0, "17312.08"), "172.20.0.2", 300).verdict).toBe("silent");
    expect(readQuickPing(interrupted("17312.36") + target(1, "17312.36"), LOOPBACK + control(0, "17312.08"), "172.20.0.2", 300).verdict).toBe("unsure");
    expect(readQuickPing(interrupted("17312.08") + target(1, "17312.09"), LOOPBACK + control(0, "17312.08"), "172.20.0.2", 300)).toMatchObject({ verdict: "unsure", interruptMs: 0 });
  });

  test("silence with a packet waiting in a raw socket at the interrupt (a starved ping had not read it yet): unsure", () => {
    expect(readQuickPing(interrupted("17312.38", "1") + target(1, "17312.39"), LOOPBACK + control(0, "17312.08"), "172.20.0.2", 300)).toMatchObject({ verdict: "unsure", queued: true });
    // /proc/net/raw could not be read: nothing is known of the queue.
    expect(readQuickPing(interrupted("17312.38", "") + target(1, "17312.39"), LOOPBACK + control(0, "17312.08"), "172.20.0.2", 300)).toMatchObject({ verdict: "unsure", queued: undefined });
  });

  test("silence with no interrupt seen (ping ended on its own -W, or the line is missing): unsure", () => {
    const own = "PING 172.20.0.2 (172.20.0.2): 56 data bytes\n\n--- 172.20.0.2 ping statistics ---\n1 packets transmitted, 0 packets received, 100% packet loss\n";
    expect(readQuickPing(own + target(1, "17313.08"), LOOPBACK + control(0, "17312.08"), "172.20.0.2", 300)).toMatchObject({ verdict: "unsure", interruptMs: undefined });
  });

  test("silence beside a control that answered, but later than half the bound (10 ms clock steps counted against it): unsure", () => {
    expect(readQuickPing(SILENCE + target(1, "17312.39"), LOOPBACK + control(0, "17312.22"), "172.20.0.2", 300).verdict).toBe("silent");
    expect(readQuickPing(SILENCE + target(1, "17312.39"), LOOPBACK + control(0, "17312.23"), "172.20.0.2", 300).verdict).toBe("unsure");
  });

  test("silence beside a control that did not answer in time (a slow machine, right now): unsure, never silent", () => {
    expect(readQuickPing(SILENCE + target(1, "17312.39"), LOOPBACK_SILENT + control(1, "17312.23"), "172.20.0.2", 300)).toMatchObject({ verdict: "unsure", control: { kind: "silent" } });
  });

  test("no clock reading (no /proc/uptime): unsure", () => {
    const q = readQuickPing(interrupted("") + "netlab-target exit=1 start= end=\n", LOOPBACK + "netlab-control exit=0 start= end=\n", "172.20.0.2", 300);
    expect(q).toMatchObject({ verdict: "unsure", controlEndMs: undefined, interruptMs: undefined });
  });

  test("a ping that cannot open its socket (no NET_RAW): both broken, unsure (the full probe then says why)", () => {
    const q = readQuickPing(NO_RAW + target(1, "17312.08"), NO_RAW + control(1, "17312.08"), "127.0.0.1", 300);
    expect(q).toMatchObject({ verdict: "unsure", target: { kind: "broken", output: "ping: permission denied (are you root?)" }, control: { kind: "broken" } });
  });

  test("a script that did not run to its end (no ping on PATH, no sh): no markers, unsure", () => {
    expect(readQuickPing("", "", "172.20.0.2", 300)).toMatchObject({ verdict: "unsure", target: { kind: "broken", output: "no output" } });
    expect(readQuickPing("", 'OCI runtime exec failed: exec: "sh": executable file not found in $PATH', "172.20.0.2", 300).verdict).toBe("unsure");
  });

  test("an interrupt before ping printed anything (it had not started) is not silence", () => {
    expect(readQuickPing(target(130, "17312.39"), LOOPBACK + control(0, "17312.08"), "172.20.0.2", 300)).toMatchObject({ verdict: "unsure", target: { kind: "broken" } });
  });

  test("a marker on the wrong stream is not taken for the other ping's", () => {
    expect(readQuickPing(SILENCE + control(0, "17312.08"), LOOPBACK + control(0, "17312.08"), "172.20.0.2", 300).verdict).toBe("unsure");
  });
});
