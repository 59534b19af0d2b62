import { pingTarget, refuseExec, refuseRunCommand } from "./allowed-calls";

// The commands of chapter 1's exercises (exercises/ch1/port-mapping.ts's WEB_SERVER, host-mode.ts's hostServer).
const WEB_SERVER = ["httpd", "-f", "-p", "80", "-h", "/var/www"];
const hostServer = (port: number) => ["httpd", "-f", "-p", `127.0.0.1:${port}`, "-h", "/var/www"];

describe("what graded code may run in a lab container", () => {
  test("the course's own commands pass: the default sleep, the web servers of chapter 1", () => {
    expect(refuseRunCommand(undefined)).toBeUndefined();
    expect(refuseRunCommand(["sleep", "86400"])).toBeUndefined();
    expect(refuseRunCommand(WEB_SERVER)).toBeUndefined();
    expect(refuseRunCommand(hostServer(8080))).toBeUndefined();
  });

  test("a shell, nc, a CGI root of one's own or a string are refused, each with why", () => {
    expect(refuseRunCommand(["sh", "-c", "nc 127.0.0.1 80"])).toMatch(/"sh" is not a program the course runs/);
    expect(refuseRunCommand(["nc", "-l", "-p", "80", "-e", "sh"])).toMatch(/"nc"/);
    expect(refuseRunCommand(["httpd", "-f", "-p", "80", "-h", "/"])).toMatch(/-h \/var\/www/);
    expect(refuseRunCommand(["httpd", "-f", "-c", "/etc/httpd.conf"])).toMatch(/not "-c"/);
    expect(refuseRunCommand("httpd -f")).toMatch(/array of strings/);
  });
});

describe("what graded code may exec", () => {
  test("the reading forms the course uses pass", () => {
    expect(refuseExec(["ip", "-o", "link", "show", "eth0"], false)).toBeUndefined();
    expect(refuseExec(["ip", "route"], true)).toBeUndefined();
    expect(refuseExec(["cat", "/etc/hosts"], false)).toBeUndefined();
    expect(refuseExec(["cat", "/sys/class/net/eth0/iflink"], true)).toBeUndefined();
    expect(refuseExec(["env"], false)).toBeUndefined();
    expect(refuseExec(["ping", "-c", "1", "-W", "1", "c1"], false)).toBeUndefined();
  });

  test("changing the network, other files, other programs, sh -c strings and pings from the host's network are refused", () => {
    expect(refuseExec(["ip", "link", "set", "eth0", "down"], false)).toMatch(/ip set/);
    expect(refuseExec(["ip", "addr", "add", "10.0.0.1/24", "dev", "eth0"], false)).toMatch(/ip add/);
    expect(refuseExec(["cat", "/etc/shadow"], false)).toMatch(/cat reads/);
    expect(refuseExec(["nc", "127.0.0.1", "80"], false)).toMatch(/"nc" is not a command/);
    expect(refuseExec("cat /etc/hosts", false)).toMatch(/no sh -c/);
    expect(refuseExec(["ping", "-c", "1", "127.0.0.1"], true)).toMatch(/host's network/);
  });

  test("ping's target is read from its arguments, for the gate to check against the lab's own", () => {
    expect(pingTarget(["-c", "1", "-W", "1", "10.1.2.3"])).toBe("10.1.2.3");
    expect(pingTarget(["-c", "1", "-f", "c1"])).toBeUndefined();
    expect(pingTarget(["-c", "1", "$(reboot)"])).toBeUndefined();
  });
});
