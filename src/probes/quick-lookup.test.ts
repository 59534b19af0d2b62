import { readQuickLookup } from "./quick-lookup";

// Outputs recorded from quick-lookup's script with busybox 1.35 (Docker 20.10, a user-defined
// network, its embedded DNS at 127.0.0.11): the target's ping on stdout with the script's "asked" and
// "interrupt" lines where they came, the control's nslookup on stderr; each ended by its marker line.
const OWN = "Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nNon-authoritative answer:\nName:\ta\nAddress: 172.18.0.3\n\nNon-authoritative answer:\n";
const OWN_AAAA_FIRST = "Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nNon-authoritative answer:\n\nNon-authoritative answer:\nName:\ta\nAddress: 172.18.0.3\n";
const REFUSED = "nslookup: write to '127.0.0.1': Connection refused\n;; connection timed out; no servers could be reached\n";
const RESOLVED = "PING b (172.18.0.2): 56 data bytes\n64 bytes from 172.18.0.2: seq=0 ttl=64 time=0.355 ms\n\n--- b ping statistics ---\n1 packets transmitted, 1 packets received, 0% packet loss\nround-trip min/avg/max = 0.355/0.355/0.355 ms\n";

const asked = (at: string, asking = "1") => `netlab-asked at=${at} asking=${asking}\n`;
const interrupt = (at: string, asking = "1", queued = "0") => `netlab-interrupt at=${at} asking=${asking} queued=${queued}\n`;
const target = (exit: number, end: string) => `netlab-target exit=${exit} start=35100.00 end=${end}\n`;
const control = (exit: number, end: string) => `netlab-control exit=${exit} start=35100.00 end=${end}\n`;
/** Nothing came: asked by half the bound, stopped at the bound with the socket open and empty, killed. */
const UNANSWERED = asked("35100.15") + interrupt("35100.30") + target(137, "35100.31");
const read = (stdout: string, stderr = OWN + control(0, "35100.01"), bound = 300) => readQuickLookup(stdout, stderr, "c1", "a", bound);

describe("readQuickLookup: a short 'no answer' counts only beside a lookup of the container's own name answered in half the bound", () => {
  test("ping printed the address: resolved, whatever the control did", () => {
    const q = read(RESOLVED + asked("35100.15", "0") + interrupt("35100.30", "0") + target(0, "35100.00"), REFUSED + control(1, "35100.00"));
    expect(q).toMatchObject({ verdict: "resolved", address: "172.18.0.2", controlAnswered: false, targetEndMs: 0 });
    expect(q.output).toBe(RESOLVED.trim());
  });

  test("the resolver said no (busybox: bad address): unresolved, an answer of the resolver's own", () => {
    expect(read("ping: bad address 'c1'\n" + asked("35100.15", "0") + interrupt("35100.30", "0") + target(1, "35100.01"), REFUSED + control(1, "35100.00"))).toMatchObject({ verdict: "unresolved" });
  });

  test("nothing came, the query out by half the bound, the socket empty at the bound, the control answered: unanswered", () => {
    expect(read(UNANSWERED)).toMatchObject({ verdict: "unanswered", output: "", controlAnswered: true, controlEndMs: 10, interruptMs: 300, askingAtHalf: true, askingAtBound: true, queued: false });
    expect(read(UNANSWERED, OWN_AAAA_FIRST + control(0, "35100.00")).verdict).toBe("unanswered");
  });

  test("an answer waiting unread in the lookup's socket at the bound (a starved ping): unsure, and ping was let go on", () => {
    expect(read(asked("35100.15") + interrupt("35100.30", "1", "1") + target(1, "35101.00"))).toMatchObject({ verdict: "unsure", queued: true });
  });

  test("the query not yet out at half the bound (ping had not got that far): unsure", () => {
    expect(read(asked("35100.15", "0") + interrupt("35100.30") + target(137, "35100.31"))).toMatchObject({ verdict: "unsure", askingAtHalf: false });
  });

  test("the control late (after half the bound, the clock's 10 ms step counted against it) or unanswered: unsure, never unanswered", () => {
    expect(read(UNANSWERED, OWN + control(0, "35100.14")).verdict).toBe("unanswered");
    expect(read(UNANSWERED, OWN + control(0, "35100.15")).verdict).toBe("unsure");
    // Killed at half the bound, or refused (no DNS of the network's own): no evidence that the DNS answers now.
    expect(read(UNANSWERED, "Killed\n" + control(137, "35100.15"))).toMatchObject({ verdict: "unsure", controlAnswered: false });
    expect(read(UNANSWERED, REFUSED + control(1, "35100.00")).verdict).toBe("unsure");
  });

  test("a control that answered with another name's address is no control", () => {
    const other = OWN.replace("Name:\ta", "Name:\tab");
    expect(read(UNANSWERED, other + control(0, "35100.01"))).toMatchObject({ verdict: "unsure", controlAnswered: false });
  });

  test("stopped before the bound (a sleep that takes no fractions returns at once): unsure", () => {
    expect(read(asked("35100.00") + interrupt("35100.29") + target(137, "35100.29")).verdict).toBe("unanswered");
    expect(read(asked("35100.00") + interrupt("35100.28") + target(137, "35100.29")).verdict).toBe("unsure");
  });

  test("a ping that ended otherwise (not killed by the script, or with output) is not 'no answer'", () => {
    expect(read(asked("35100.15") + interrupt("35100.30") + target(143, "35100.31")).verdict).toBe("unsure");
    expect(read("ping: permission denied (are you root?)\n" + asked("35100.15") + interrupt("35100.30") + target(137, "35100.31")).verdict).toBe("unsure");
    // No socket at the bound: ping was not in a lookup then, so it was not killed for one.
    expect(read(asked("35100.15") + interrupt("35100.30", "0") + target(137, "35100.31")).verdict).toBe("unsure");
  });

  test("no clock reading, no script lines, or a script that did not run to its end: unsure", () => {
    expect(read("netlab-asked at= asking=1\nnetlab-interrupt at= asking=1 queued=0\nnetlab-target exit=137 start= end=\n").verdict).toBe("unsure");
    expect(read(target(137, "35100.31")).verdict).toBe("unsure");
    expect(read("", "")).toMatchObject({ verdict: "unsure", controlAnswered: false });
    expect(read("", 'OCI runtime exec failed: exec: "sh": executable file not found in $PATH').verdict).toBe("unsure");
  });
});
