/**
 * What learner code may ask of the Lab when an instructor grades it: the programs and arguments the
 * course uses, nothing else. Pure rules (unit-tested); the gate applies them before any engine call.
 * A refusal says what was refused and why, so a learner who strays from the course knows.
 */

/** Per exercise call: more than any exercise needs, few enough that a loop cannot flood the engine. */
export const CALL_BOUNDS = { containers: 12, networks: 6, execs: 200, requests: 2000 } as const;

const PORT = /^(127\.0\.0\.1:)?\d{1,5}$/;
const SECONDS = /^\d{1,6}$/;

/**
 * `lab.run`'s command: the container's program. The course runs busybox httpd (bridge, host and
 * published-port servers) and, by default, sleep. Anything else (a shell, nc, a script) is refused:
 * a lab container must not become a shell on the engine's host network.
 */
export function refuseRunCommand(command: unknown): string | undefined {
  if (command === undefined || command === null) return undefined;
  if (!Array.isArray(command) || !command.every((a) => typeof a === "string")) return "a command is an array of strings";
  const [program, ...args] = command as string[];
  if (program === "sleep") return args.length === 1 && SECONDS.test(args[0] ?? "") ? undefined : "sleep takes one number of seconds";
  if (program !== "httpd") return `"${program}" is not a program the course runs in a lab container (httpd, sleep)`;
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    if (flag === "-f") continue;
    if (flag === "-p" && PORT.test(args[i + 1] ?? "")) {
      i++;
      continue;
    }
    if (flag === "-h" && args[i + 1] === "/var/www") {
      i++;
      continue;
    }
    return `httpd takes -f, -p PORT (or 127.0.0.1:PORT) and -h /var/www here, not "${flag}"`;
  }
  return undefined;
}

const IP_WORDS = new Set(["-o", "-4", "-6", "-d", "-s", "link", "addr", "address", "route", "neigh", "show", "list", "dev"]);
const IFACE = /^[a-zA-Z0-9@._-]{1,32}$/;
const READABLE = [/^\/etc\/(hosts|resolv\.conf|hostname)$/, /^\/proc\/net\/[a-z_]+$/, /^\/sys\/class\/net\/[a-zA-Z0-9@._-]+\/[a-z_]+$/];

/**
 * `lab.exec` / `container.exec`: reading commands only (ip's show forms, cat of the files the course
 * reads, env, hostname, ping of a lab target), as an argument array: no `sh -c`.
 */
export function refuseExec(command: unknown, hostNetwork: boolean): string | undefined {
  if (!Array.isArray(command) || !command.every((a) => typeof a === "string")) return "a command is an array of strings here (no sh -c)";
  const [program, ...args] = command as string[];
  if (program === "ip") {
    const bad = args.find((a) => !IP_WORDS.has(a) && !(IFACE.test(a) && !["set", "add", "del", "delete", "flush", "change", "replace", "exec", "netns"].includes(a)));
    return bad === undefined ? undefined : `ip ${bad}: only ip's reading forms (link, addr, route ... show)`;
  }
  if (program === "cat") return args.length > 0 && args.every((a) => READABLE.some((r) => r.test(a))) ? undefined : "cat reads /etc/hosts, /etc/resolv.conf, /etc/hostname, /proc/net/* and /sys/class/net/* here";
  if (program === "env" || program === "hostname") return args.length === 0 ? undefined : `${program} takes no arguments here`;
  if (program === "ping") {
    // Where it pings is checked against the lab's own targets by the gate; from the host's network, not at all.
    if (hostNetwork) return "ping from a container on the host's network is not needed by the course";
    return pingTarget(args) === undefined ? "ping -c N [-W N] TARGET" : undefined;
  }
  return `"${program}" is not a command the course runs (ip, cat, env, hostname, ping)`;
}

/** The target of `ping -c N [-W N] TARGET`, or undefined when the arguments are of another shape. */
export function pingTarget(args: string[]): string | undefined {
  const rest = [...args];
  const target = rest.pop();
  for (let i = 0; i < rest.length; i += 2) {
    if (!["-c", "-W", "-w"].includes(rest[i] ?? "") || !/^\d{1,2}$/.test(rest[i + 1] ?? "")) return undefined;
  }
  return target && /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(target) ? target : undefined;
}
