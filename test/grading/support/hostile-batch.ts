import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** What a hostile submission's ch3/link.ts tries: forging checks, escaping the sandbox, reaching out. */
interface HostileCase {
  name: string;
  about: string;
  /** The body of linkContainers (TypeScript), after c1 and c2 are started without a link. */
  body: string;
  /** It returns (and so earns what c1 and c2 without a link earn); otherwise it throws or dies (0). */
  returns: boolean;
}

export interface HostileBatch {
  dir: string;
  submissions: string[];
  cases: HostileCase[];
  /** A file every escape tries to write on the grader's machine. */
  marker: string;
}

/**
 * A class of hostile learners: each submission solves ch3-default-bridge honestly and, in ch3/link.ts,
 * starts c1 and c2 without the link and tries one kind of attack. Honest work must keep its points,
 * and no attack may earn any, reach anything of the grader's, or leave anything behind.
 */
export function buildHostileBatch(root: string, loopbackPort: number): HostileBatch {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-hostile-"));
  const marker = path.join(os.tmpdir(), `netlab-hostile-marker-${process.pid}-${Date.now()}`);
  const other = path.join(dir, "honest", "exercises", "ch3", "default-bridge.ts");
  const json = JSON.stringify;
  const cases: HostileCase[] = [
    // The baseline: c1 and c2 without the link, and nothing else. Every attack must score exactly this.
    { name: "unlinked", about: "no attack: what c1 and c2 without a link earn", body: "", returns: true },
    {
      name: "forger",
      returns: true,
      about: "patches the Lab's classes, expect, the matchers' results and Object.prototype to pass without a link",
      body: `
  const fake = async () => ({ exitCode: 0, stdout: "172.17.0.2\\tc1\\nC1_NAME=/c2/c1\\n", stderr: "" });
  (LabContainer as any).prototype.exec = fake;
  (Lab as any).prototype.exec = fake;
  (Lab as any).prototype.container = () => ({ exec: fake, ip: async () => "172.17.0.2" });
  (globalThis as any).expect = () => new Proxy({}, { get: () => () => undefined });
  (Object.prototype as any).replied = true;
  (Object.prototype as any).resolved = true;
  (Object.prototype as any).pass = true;`,
    },
    {
      name: "escaper",
      returns: false,
      about: "takes child_process and fs through getBuiltinModule, process.binding, Function and module._load, out of the import scan's sight; reads the solutions and another submission",
      body: `
  const tries: string[] = [];
  const attempt = (what: string, f: () => unknown) => { try { f(); tries.push(what + ": done"); } catch (e) { tries.push(what + ": " + String((e as Error).message).slice(0, 80)); } };
  // Computed names: the import scan reads source, and cannot see these.
  const p: any = process;
  const get = (name: string) => p["getBuiltin" + "Module"](name);
  const F = (() => undefined).constructor as any;
  attempt("getBuiltinModule", () => get("child_process").execSync("docker run --rm -v /tmp:/h lab touch /h/x"));
  // process.binding is there too, and as useless: the sandbox has no program to start and nothing to open.
  attempt("binding", () => p["bind" + "ing"]("spawn_sync"));
  attempt("Function", () => F("return process")()["main" + "Module"]["req" + "uire"]("child_process").execFileSync("/bin/sh", ["-c", "touch ${marker}"]));
  attempt("module._load", () => get("module")["_lo" + "ad"]("child_process").execFileSync("touch", [${json(marker)}]));
  attempt("write", () => get("fs").writeFileSync(${json(marker)}, "x"));
  attempt("write root", () => get("fs").writeFileSync("/escaped", "x"));
  attempt("read solutions", () => { throw new Error("read: " + get("fs").readFileSync(${json(path.join(root, "solutions", "ch3", "link.ts"))}, "utf8").slice(0, 40)); });
  attempt("read another submission", () => { throw new Error("read: " + get("fs").readFileSync(${json(other)}, "utf8").slice(0, 40)); });
  throw new Error("escapes: " + JSON.stringify(tries) + " env: " + JSON.stringify(process.env));`,
    },
    {
      name: "networker",
      returns: false,
      about: "raw HTTP to the engine's socket, TCP to the grader's loopback, lab containers as shells on the host network",
      body: `
  const tries: string[] = [];
  const attempt = async (what: string, f: () => Promise<unknown>) => { try { await f(); tries.push(what + ": done"); } catch (e) { tries.push(what + ": " + String((e as Error).message).slice(0, 80)); } };
  const p: any = process;
  const net = p["getBuiltin" + "Module"]("net");
  const connect = (options: object) => new Promise((resolve, reject) => { const s = net.connect(options); s.on("connect", () => { s.end(); resolve(undefined); }); s.on("error", reject); });
  await attempt("engine socket", () => connect({ path: "/var/run/docker.sock" }));
  await attempt("engine tcp", () => connect({ host: "127.0.0.1", port: 2375 }));
  await attempt("loopback service", () => connect({ host: "127.0.0.1", port: ${loopbackPort} }));
  await attempt("nc on the host network", () => lab.run("h1", { network: "host", command: ["nc", "127.0.0.1", "${loopbackPort}"] }));
  await attempt("sh on the host network", () => lab.run("h2", { network: "host", command: ["sh", "-c", "nc 127.0.0.1 ${loopbackPort}"] }));
  await attempt("exec nc", async () => { await lab.run("h3", { network: "host" }); await lab.exec("h3", ["nc", "127.0.0.1", "${loopbackPort}"]); });
  await attempt("exec sh", () => lab.exec("h3", "echo x | nc 127.0.0.1 ${loopbackPort}" as any));
  await attempt("host view nc", async () => (await lab.hostView()).exec(["nc", "127.0.0.1", "${loopbackPort}"]));
  await attempt("httpd as a shell", () => lab.run("h4", { network: "host", command: ["httpd", "-f", "-p", "${loopbackPort}", "-h", "/"] }));
  throw new Error("reach: " + JSON.stringify(tries));`,
    },
    {
      name: "fork-bomber",
      returns: true,
      about: "starts processes without end",
      body: `
  const cp = (process as any)["getBuiltin" + "Module"]("child_process");
  for (let i = 0; i < 400; i++) { try { cp.spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" }); } catch { /* the limit */ } }
  await new Promise((resolve) => setTimeout(resolve, 1000));`,
    },
    {
      name: "memory-bomber",
      returns: false,
      about: "allocates without end",
      body: `
  const hog: number[][] = [];
  for (;;) hog.push(new Array(1_000_000).fill(1));`,
    },
  ];
  const submissions: string[] = [];
  const solutions = path.join(root, "solutions");
  // A control: the reference solutions, which must keep full marks.
  fs.cpSync(solutions, path.join(dir, "honest", "exercises"), { recursive: true });
  submissions.push(path.join(dir, "honest"));
  for (const c of cases) {
    const sub = path.join(dir, c.name);
    fs.cpSync(solutions, path.join(sub, "exercises"), { recursive: true });
    fs.writeFileSync(
      path.join(sub, "exercises", "ch3", "link.ts"),
      `import { Lab, LabContainer } from "netlab";\n\n// ${c.about}\nexport async function linkContainers(lab: Lab): Promise<void> {\n  await lab.run("c1");\n  await lab.run("c2");${c.body}\n}\n`,
    );
    submissions.push(sub);
  }
  return { dir, submissions, cases, marker };
}
