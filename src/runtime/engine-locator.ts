import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NetlabError } from "../errors";

/** How the engine was found: the DOCKER_HOST variable, the current Docker context, or a socket that exists. */
type EngineVia = "DOCKER_HOST" | "context" | "socket";

/** The TLS material of a tcp endpoint, as files (the docker CLI and testcontainers read the same names). */
interface EngineTls {
  /** The folder holding ca.pem, cert.pem, key.pem: what DOCKER_CERT_PATH names. */
  dir: string;
  ca?: string;
  cert?: string;
  key?: string;
  /** False for a context made with skip-tls-verify (or DOCKER_TLS without DOCKER_TLS_VERIFY). */
  verify: boolean;
}

export interface EngineLocation {
  via: EngineVia;
  /** The context's name, when via is "context". */
  context?: string;
  /** A unix socket or a Windows named pipe. */
  socketPath?: string;
  host?: string;
  port?: number;
  protocol?: "http" | "https";
  tls?: EngineTls;
  /** The endpoint as a Docker host URL: unix:///run/user/1000/docker.sock, tcp://10.0.0.2:2376. */
  label: string;
  /** Every place looked at, in order: for a "no engine" message that says where netlab looked. */
  tried: string[];
  /** False when nothing was there and `label` is only the default socket. */
  found: boolean;
}

/** What the locator reads of the machine: injectable, so that tests run on fixture home folders. */
export interface LocateInput {
  env: NodeJS.ProcessEnv;
  home: string;
  platform: NodeJS.Platform;
  /** The user's id; undefined on Windows. */
  uid?: number;
  exists: (file: string) => boolean;
  /** A file's text; throws (ENOENT) when there is none. */
  readFile: (file: string) => string;
}

const DEFAULT_SOCKET = "/var/run/docker.sock";
const DEFAULT_PIPE = "//./pipe/docker_engine";
// The docker CLI's default tcp ports (docker/cli opts/hosts.go): plain, and with TLS.
const HTTP_PORT = 2375;
const TLS_PORT = 2376;

/** This machine, as the locator sees it. */
function machine(env: NodeJS.ProcessEnv = process.env): LocateInput {
  return {
    env,
    home: env.HOME ?? env.USERPROFILE ?? os.homedir(),
    platform: process.platform,
    uid: process.getuid?.(),
    exists: (file) => fs.existsSync(file),
    readFile: (file) => fs.readFileSync(file, "utf8"),
  };
}

/**
 * Where the docker CLI would connect, found the way it finds it (docker/cli cli/command/cli.go
 * resolveContextName): DOCKER_HOST; else the current context (DOCKER_CONTEXT, else `currentContext`
 * in config.json; "default" is no context); else the first socket that exists. A context that is
 * named and missing is an error, as it is for the CLI: falling back would talk to another engine.
 */
export function locateEngine(input: Partial<LocateInput> = {}): EngineLocation {
  const m: LocateInput = { ...machine(input.env), ...input };
  const dockerHost = m.env.DOCKER_HOST;
  if (dockerHost) return { ...fromDockerHost(dockerHost, m), via: "DOCKER_HOST", tried: [dockerHost], found: true };
  const context = currentContext(m);
  if (context) {
    const located = fromContext(context.name, context.from, m);
    if (located) return located;
  }
  return fromSockets(m);
}

/** The folder of config.json and contexts/: DOCKER_CONFIG, else ~/.docker (docker/cli cli/config/config.go Dir). */
function configDir(m: LocateInput): string {
  return m.env.DOCKER_CONFIG || path.join(m.home, ".docker");
}

function currentContext(m: LocateInput): { name: string; from: string } | undefined {
  const fromEnv = m.env.DOCKER_CONTEXT;
  if (fromEnv) return fromEnv === "default" ? undefined : { name: fromEnv, from: "DOCKER_CONTEXT" };
  const configFile = path.join(configDir(m), "config.json");
  let name: unknown;
  try {
    name = (JSON.parse(m.readFile(configFile)) as { currentContext?: unknown }).currentContext;
  } catch {
    // No config.json, or one the CLI would also only warn about: no context chosen.
    return undefined;
  }
  return typeof name === "string" && name !== "" && name !== "default" ? { name, from: configFile } : undefined;
}

/**
 * A context's docker endpoint: contexts/meta/<sha256 of the name>/meta.json, TLS files in
 * contexts/tls/<sha256>/docker/ (docker/cli cli/context/store: metadatastore.go, tlsstore.go).
 * Undefined for a context without a docker host, which the CLI also connects as the default would.
 */
function fromContext(name: string, from: string, m: LocateInput): EngineLocation | undefined {
  const id = createHash("sha256").update(name).digest("hex");
  const contexts = path.join(configDir(m), "contexts");
  const metaFile = path.join(contexts, "meta", id, "meta.json");
  let text: string;
  try {
    text = m.readFile(metaFile);
  } catch {
    throw new NetlabError("engineContextMissing", { context: name, from, file: metaFile });
  }
  let endpoint: { Host?: string; SkipTLSVerify?: boolean } | undefined;
  try {
    endpoint = (JSON.parse(text) as { Endpoints?: { docker?: { Host?: string; SkipTLSVerify?: boolean } } }).Endpoints?.docker;
  } catch (err) {
    throw new NetlabError("engineContextUnreadable", { context: name, file: metaFile, detail: err instanceof Error ? err.message : String(err) });
  }
  if (!endpoint?.Host) return undefined;
  const tlsDir = path.join(contexts, "tls", id, "docker");
  const files = tlsFiles(tlsDir, m);
  const secure = endpoint.SkipTLSVerify === true || files.ca !== undefined || files.cert !== undefined;
  const tls = secure ? { dir: tlsDir, ...files, verify: endpoint.SkipTLSVerify !== true } : undefined;
  return { ...parseHost(endpoint.Host, tls), via: "context", context: name, tried: [endpoint.Host], found: true };
}

/** DOCKER_HOST, with TLS as the CLI takes it from DOCKER_TLS_VERIFY / DOCKER_TLS and DOCKER_CERT_PATH (docker/cli cli/flags/options.go). */
function fromDockerHost(dockerHost: string, m: LocateInput): Omit<EngineLocation, "via" | "tried" | "found"> {
  const verify = Boolean(m.env.DOCKER_TLS_VERIFY);
  if (!verify && !m.env.DOCKER_TLS) return parseHost(dockerHost, undefined);
  const dir = m.env.DOCKER_CERT_PATH || configDir(m);
  return parseHost(dockerHost, { dir, ...tlsFiles(dir, m), verify });
}

function tlsFiles(dir: string, m: LocateInput): Pick<EngineTls, "ca" | "cert" | "key"> {
  const file = (name: string) => (m.exists(path.join(dir, name)) ? path.join(dir, name) : undefined);
  return { ca: file("ca.pem"), cert: file("cert.pem"), key: file("key.pem") };
}

/** A Docker host URL: unix://, npipe://, tcp:// (TLS only matters on tcp, as for the CLI). */
function parseHost(host: string, tls: EngineTls | undefined): Omit<EngineLocation, "via" | "tried" | "found"> {
  if (host.startsWith("unix://")) {
    const socketPath = host.slice("unix://".length) || DEFAULT_SOCKET;
    return { socketPath, label: `unix://${socketPath}` };
  }
  if (host.startsWith("npipe://")) {
    const socketPath = host.slice("npipe://".length) || DEFAULT_PIPE;
    return { socketPath, label: `npipe://${socketPath}` };
  }
  if (host.startsWith("tcp://")) {
    const url = new URL(host.replace(/^tcp:/, "http:"));
    const port = Number(url.port || (tls ? TLS_PORT : HTTP_PORT));
    const hostname = url.hostname.replace(/^\[(.*)\]$/, "$1");
    return { host: hostname, port, protocol: tls ? "https" : "http", tls, label: `tcp://${url.hostname}:${port}` };
  }
  throw new NetlabError("engineHostUnsupported", { host });
}

/**
 * The sockets engines listen on, most likely first. For a non-root user their own rootless socket
 * ($XDG_RUNTIME_DIR/docker.sock) comes before the system's /var/run/docker.sock: it is the engine
 * they set up (and the system one usually needs a docker group they may not be in). For root the
 * system engine comes first: root's runtime folder rarely holds one, and root means the system's.
 */
function socketCandidates(m: Pick<LocateInput, "env" | "home" | "platform" | "uid">): string[] {
  if (m.platform === "win32") return [`npipe://${DEFAULT_PIPE}`];
  const runtimeDir = m.env.XDG_RUNTIME_DIR || (m.uid !== undefined && m.uid !== 0 ? `/run/user/${m.uid}` : undefined);
  const rootless = runtimeDir ? [path.join(runtimeDir, "docker.sock")] : [];
  const system = [DEFAULT_SOCKET];
  return [
    ...(m.uid === 0 ? [...system, ...rootless] : [...rootless, ...system]),
    path.join(m.home, ".docker", "desktop", "docker.sock"), // Docker Desktop on Linux
    path.join(m.home, ".docker", "run", "docker.sock"), // Docker Desktop on macOS
    path.join(m.home, ".colima", "default", "docker.sock"),
    path.join(m.home, ".orbstack", "run", "docker.sock"),
    ...(runtimeDir ? [path.join(runtimeDir, "podman", "podman.sock")] : []),
    "/run/podman/podman.sock",
  ].map((p) => `unix://${p}`);
}

function fromSockets(m: LocateInput): EngineLocation {
  const tried = socketCandidates(m);
  const pathOf = (label: string) => label.replace(/^(unix|npipe):\/\//, "");
  const hit = tried.find((label) => m.exists(pathOf(label)));
  const label = hit ?? (m.platform === "win32" ? `npipe://${DEFAULT_PIPE}` : `unix://${DEFAULT_SOCKET}`);
  return { via: "socket", socketPath: pathOf(label), label, tried, found: hit !== undefined };
}
