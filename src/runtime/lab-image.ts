import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NetlabError } from "../errors";
import { withMachineLock } from "./build-lock";
import { getEngine } from "./engine";
import { loadTestcontainers } from "./load-testcontainers";

/**
 * Public image used where no static busybox can be found and a registry is expected (laptops).
 * @lazy
 */
export const PUBLIC_LAB_IMAGE = "busybox:1.36.1";
const BUSYBOX_CANDIDATES = ["/bin/busybox", "/usr/bin/busybox", "/usr/local/bin/busybox"];

// FROM scratch plus one static binary: builds offline in about a second. The symlinks give
// ping, ip, nc, httpd, nslookup, wget... their own names; /var/www is httpd's default root.
const DOCKERFILE = `FROM scratch
COPY busybox /bin/busybox
RUN ["/bin/busybox", "--install", "-s", "/bin"]
RUN ["/bin/mkdir", "-p", "/tmp", "/var/www", "/root", "/usr/bin", "/sbin"]
LABEL netlab.image="lab"
CMD ["/bin/sh"]
`;

export interface LabImage {
  name: string;
  /** How it came to be: given by NETLAB_IMAGE, found already built, built now, or public. */
  source: "env" | "cached" | "built" | "public";
}

let resolved: Promise<LabImage> | undefined;

/**
 * The image every lab container runs, made sure to exist on the engine before any container starts
 * (so testcontainers never reaches for a registry behind our back). Resolved once per process.
 */
export function ensureLabImage(onProgress: (line: string) => void = () => undefined): Promise<LabImage> {
  resolved ??= resolveLabImage(onProgress).catch((err: unknown) => {
    resolved = undefined;
    throw err;
  });
  return resolved;
}

async function resolveLabImage(onProgress: (line: string) => void): Promise<LabImage> {
  // Resolved once by the parent process (jest's global setup) and handed down to its workers.
  const handedDown = process.env.NETLAB_RESOLVED_IMAGE;
  if (handedDown) return { name: handedDown, source: "cached" };
  const { docker } = await getEngine();
  const exists = async (name: string) =>
    docker.getImage(name).inspect().then(() => true, () => false);

  const fromEnv = process.env.NETLAB_IMAGE;
  if (fromEnv) {
    if (await exists(fromEnv)) return { name: fromEnv, source: "env" };
    throw new NetlabError("imageMissing", { image: fromEnv });
  }

  const busybox = findStaticBusybox();
  if (!busybox) {
    // A laptop (macOS, Windows) has no Linux busybox to copy, but usually a registry.
    if (process.platform !== "linux" && (await exists(PUBLIC_LAB_IMAGE))) return { name: PUBLIC_LAB_IMAGE, source: "public" };
    if (process.platform !== "linux") return pullPublic(onProgress);
    throw new NetlabError("noBusybox", { looked: BUSYBOX_CANDIDATES.join(", ") });
  }

  const hash = contentHash(busybox);
  const tag = `netlab-lab:${hash}`;
  if (await exists(tag)) return { name: tag, source: "cached" };
  // Runs that start together wait for one build instead of each building (and leaving) their own.
  return withMachineLock(`netlab-image-${hash}`, async () => {
    if (await exists(tag)) return { name: tag, source: "cached" };
    onProgress(`Building lab image "${tag}" from ${busybox}...`);
    await buildImage(tag, busybox);
    onProgress(`Built lab image "${tag}"`);
    return { name: tag, source: "built" };
  });
}

/** The label every lab image netlab builds carries (see DOCKERFILE). */
const LAB_IMAGE_LABEL = "netlab.image=lab";

/** docker images --filter label=...: the lab images on the engine, by tag (or id when untagged). */
export async function listLabImages(label = LAB_IMAGE_LABEL): Promise<Array<{ id: string; name: string }>> {
  const { docker } = await getEngine();
  const images = await docker.listImages({ filters: { label: [label] } });
  return images.map((i) => ({ id: i.Id, name: i.RepoTags?.find((tag) => tag !== "<none>:<none>") ?? i.Id.replace(/^sha256:/, "").slice(0, 12) }));
}

/**
 * docker rmi for each lab image (never forced): one a container still uses is kept and named. A run
 * that starts a container afterwards says the image is gone (startContainer checks) and the next run
 * builds it again; nothing is ever pulled.
 */
export async function removeLabImages(label = LAB_IMAGE_LABEL, except?: string): Promise<{ removed: string[]; kept: Array<{ name: string; why: string }> }> {
  const { docker } = await getEngine();
  const removed: string[] = [];
  const kept: Array<{ name: string; why: string }> = [];
  for (const image of (await listLabImages(label)).filter((i) => i.name !== except)) {
    try {
      await docker.getImage(image.id).remove({ force: false, noprune: false });
      removed.push(image.name);
    } catch (err) {
      const { statusCode, message } = err as { statusCode?: number; message?: string };
      if (statusCode === 404) continue;
      kept.push({ name: image.name, why: (message ?? String(err)).replace(/^\(HTTP code \d+\)\s*\w*\s*-\s*/, "") });
    }
  }
  return { removed, kept };
}

/**
 * A busybox that runs inside an empty image: statically linked, for the engine's architecture.
 * @lazy
 */
export function findStaticBusybox(candidates = BUSYBOX_CANDIDATES): string | undefined {
  for (const candidate of candidates) {
    try {
      const real = fs.realpathSync(candidate);
      const bytes = fs.readFileSync(real);
      if (bytes.length > 0 && isStaticElf(bytes)) return real;
    } catch {
      // not there: next candidate
    }
  }
  return undefined;
}

/** A static ELF has no PT_INTERP program header (no dynamic loader to ask for). */
export function isStaticElf(bytes: Buffer): boolean {
  if (bytes.readUInt32BE(0) !== 0x7f454c46 || bytes[4] !== 2) return false; // ELF, 64-bit
  const phoff = Number(bytes.readBigUInt64LE(0x20));
  const phentsize = bytes.readUInt16LE(0x36);
  const phnum = bytes.readUInt16LE(0x38);
  for (let i = 0; i < phnum; i++) {
    if (bytes.readUInt32LE(phoff + i * phentsize) === 3) return false; // PT_INTERP
  }
  return true;
}

function contentHash(busybox: string): string {
  return crypto.createHash("sha256").update(DOCKERFILE).update(fs.readFileSync(busybox)).digest("hex").slice(0, 12);
}

async function buildImage(tag: string, busybox: string): Promise<void> {
  const context = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-image-"));
  try {
    fs.writeFileSync(path.join(context, "Dockerfile"), DOCKERFILE);
    fs.copyFileSync(busybox, path.join(context, "busybox"));
    fs.chmodSync(path.join(context, "busybox"), 0o755);
    await buildFromContext(tag, context, ["Dockerfile", "busybox"]);
  } finally {
    fs.rmSync(context, { recursive: true, force: true });
  }
}

/** docker build -t TAG CONTEXT (these entries of it): the image, or the build's own output as the error. */
export async function buildFromContext(tag: string, context: string, src: string[]): Promise<void> {
  const { docker } = await getEngine();
  const stream = await docker.buildImage({ context, src }, { t: tag, rm: true, forcerm: true });
  const lines: string[] = [];
  const errors: string[] = [];
  const failure = await new Promise<string | undefined>((resolve) => {
    docker.modem.followProgress(
      stream,
      (err: Error | null) => resolve(err ? err.message : undefined),
      (event: { stream?: string; error?: string }) => {
        if (event.stream) lines.push(event.stream.trimEnd());
        if (event.error) errors.push(event.error);
      },
    );
  });
  if (failure || errors.length > 0) {
    throw new NetlabError("imageBuildFailed", { tag, output: [...lines, ...errors, failure ?? ""].join("\n").trim() });
  }
}

async function pullPublic(onProgress: (line: string) => void): Promise<LabImage> {
  const { client } = await getEngine();
  onProgress(`Pulling "${PUBLIC_LAB_IMAGE}" (no static busybox on this host to build from)...`);
  const { ImageName } = await loadTestcontainers();
  await client.image.pull(ImageName.fromString(PUBLIC_LAB_IMAGE));
  onProgress(`Pulled "${PUBLIC_LAB_IMAGE}"`);
  return { name: PUBLIC_LAB_IMAGE, source: "public" };
}
