import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NetlabError } from "../errors";
import { withMachineLock } from "./build-lock";
import { getEngine } from "./engine";
import { buildFromContext, removeLabImages } from "./lab-image";

/**
 * The label every sandbox image carries (see the Dockerfile): how `netlab clean --image` and a new build find the old ones.
 * @lazy
 */
export const SANDBOX_IMAGE_LABEL = "netlab.image=sandbox";

/** What runs inside: node, the libraries it links, and netlab's sandbox program. */
const INSIDE = path.join(__dirname, "..", "sandbox", "inside");

// FROM scratch: no shell, no package manager, no docker client; nobody's user. Built offline from the
// host's own node, as the lab image is from the host's busybox.
const dockerfile = (libraryPath: string) => `FROM scratch
COPY rootfs/ /
ENV LD_LIBRARY_PATH=${libraryPath}
USER 65534:65534
LABEL netlab.image="sandbox"
ENTRYPOINT ["/usr/local/bin/node", "--enable-source-maps", "--max-old-space-size=160", "/sandbox/main.js"]
`;

let resolved: Promise<string> | undefined;
const carries = new Map<string, Promise<boolean>>();

/** netlab's own sandbox image holds the sandbox program; any other image with node (NETLAB_SANDBOX_IMAGE=node:20-slim) is sent it at start. */
export function imageCarriesProgram(image: string): Promise<boolean> {
  let known = carries.get(image);
  if (!known) {
    known = getEngine()
      .then(({ docker }) => docker.getImage(image).inspect())
      .then((info: { Config?: { Labels?: Record<string, string> | null } }) => info.Config?.Labels?.["netlab.image"] === "sandbox", () => false);
    carries.set(image, known);
  }
  return known;
}

/** The sandbox program's files (main.js and netlab.js), to send into an image that does not carry them. */
export function sandboxProgram(): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(INSIDE).map((name) => [name, fs.readFileSync(path.join(INSIDE, name), "utf8")]));
}

/** The grading sandbox's image, built once per machine (by content hash), never pulled; or the one NETLAB_SANDBOX_IMAGE names. */
export function ensureSandboxImage(onProgress: (line: string) => void = () => undefined): Promise<string> {
  // Named (by the instructor, or handed down by the grader to its jest runs): read each time, checked once.
  const handed = process.env.NETLAB_SANDBOX_IMAGE;
  if (handed) {
    let checked = named.get(handed);
    if (!checked) {
      checked = getEngine().then(async ({ docker }) => {
        if (await docker.getImage(handed).inspect().then(() => true, () => false)) return handed;
        named.delete(handed);
        throw new NetlabError("imageMissing", { image: handed });
      });
      named.set(handed, checked);
    }
    return checked;
  }
  resolved ??= resolveImage(onProgress).catch((err: unknown) => {
    resolved = undefined;
    throw err;
  });
  return resolved;
}

const named = new Map<string, Promise<string>>();

async function resolveImage(onProgress: (line: string) => void): Promise<string> {
  const { docker } = await getEngine();
  const exists = (name: string) => docker.getImage(name).inspect().then(() => true, () => false);
  if (process.platform !== "linux") throw new NetlabError("sandboxNeedsLinuxNode", { platform: process.platform });
  const files = rootfsFiles();
  const tag = `netlab-sandbox:${contentHash(files)}`;
  if (await exists(tag)) return tag;
  return withMachineLock(`netlab-sandbox-${tag.split(":")[1]}`, async () => {
    if (await exists(tag)) return tag;
    onProgress(`Building grading sandbox image "${tag}" from ${process.execPath}...`);
    await build(tag, files);
    onProgress(`Built grading sandbox image "${tag}"`);
    // The images of earlier netlab versions (or nodes) are of no use now: removed, unless a container uses one.
    await removeLabImages(SANDBOX_IMAGE_LABEL, tag).catch(() => undefined);
    return tag;
  });
}

/** Image path -> host path: node, every library `ldd` names (the loader at its own path), the sandbox program. */
function rootfsFiles(): Map<string, string> {
  const files = new Map<string, string>([["usr/local/bin/node", fs.realpathSync(process.execPath)]]);
  const ldd = execFileSync("ldd", [process.execPath], { encoding: "utf8" });
  for (const line of ldd.split("\n")) {
    const found = /=>\s+(\/\S+)/.exec(line)?.[1] ?? /^\s*(\/\S+)\s+\(/.exec(line)?.[1];
    if (found) files.set(found.replace(/^\//, ""), fs.realpathSync(found));
  }
  for (const name of fs.readdirSync(INSIDE)) files.set(`sandbox/${name}`, path.join(INSIDE, name));
  return files;
}

function libraryPath(files: Map<string, string>): string {
  return [...new Set([...files.keys()].filter((p) => p.endsWith(".so") || /\.so\.\d/.test(p)).map((p) => `/${path.dirname(p)}`))].join(":");
}

function contentHash(files: Map<string, string>): string {
  const hash = crypto.createHash("sha256").update(dockerfile(libraryPath(files)));
  for (const [inImage, onHost] of [...files].sort(([a], [b]) => a.localeCompare(b))) hash.update(inImage).update(fs.readFileSync(onHost));
  return hash.digest("hex").slice(0, 12);
}

async function build(tag: string, files: Map<string, string>): Promise<void> {
  const context = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-sandbox-image-"));
  try {
    fs.writeFileSync(path.join(context, "Dockerfile"), dockerfile(libraryPath(files)));
    for (const [inImage, onHost] of files) {
      const target = path.join(context, "rootfs", inImage);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(onHost, target);
      fs.chmodSync(target, 0o755);
    }
    await buildFromContext(tag, context, ["Dockerfile", "rootfs"]);
  } finally {
    fs.rmSync(context, { recursive: true, force: true });
  }
}
