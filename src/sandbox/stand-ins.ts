import fs from "node:fs";
import path from "node:path";
import { currentRun, labelsFor, nextLabId, realName } from "../lab/run-identity";
import { ensureSandboxImage } from "../runtime/sandbox-image";
import { SandboxSession, type SandboxAnswer } from "./sandbox-session";

/** How long a module may take to load (its top level) before it counts as one that never loads. */
const LOAD_TIMEOUT_MS = 10_000;
const CALLER = path.join(__dirname, "call-in-sandbox.ts");


/**
 * Writes, for each of a submission's modules, the stand-in a test imports as `@target/...` when an
 * instructor grades: the module's exported values as data (asked of the sandbox, which loads the
 * learner's module there), and for each exported function a forwarder into a sandbox of its own.
 * A module that does not load in the sandbox gets a stand-in that fails to load the same way.
 */
export async function writeStandIns(sources: Record<string, string>, into: string): Promise<void> {
  const image = await ensureSandboxImage();
  const answers = new Map<string, SandboxAnswer>();
  let session: SandboxSession | undefined;
  // Unique among the live processes of this run (its pid) and in this one: batches grade side by side.
  const owner = nextLabId();
  let started = 0;
  try {
    for (const module of Object.keys(sources).sort()) {
      if (!session) {
        // A fresh sandbox after one that a module ended (process.exit, a loop, memory).
        const plain = `_describe${++started}`;
        session = await SandboxSession.start(image, realName(currentRun(), owner, plain), labelsFor(currentRun(), owner, plain), sources, 30_000);
      }
      const answer = await session.describe(module, LOAD_TIMEOUT_MS);
      answers.set(module, answer);
      if (answer.kind !== "described" && answer.kind !== "threw") {
        await session.close().catch(() => undefined);
        session = undefined;
      }
    }
  } finally {
    await session?.close().catch(() => undefined);
  }
  for (const [module, answer] of answers) {
    const file = path.join(into, module);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, standInSource(module, answer));
  }
}

function standInSource(module: string, answer: SandboxAnswer): string {
  const json = JSON.stringify;
  const head = `// Written by \`netlab grade\`: the learner's ${module} runs in a sandbox; this is what the tests import.\n"use strict";\nconst sandbox = require(${json(CALLER)});\nObject.defineProperty(exports, "__esModule", { value: true });\n`;
  if (answer.kind !== "described") return `${head}sandbox.standInLoadFailure(${json(module)}, ${json(answer)});\n`;
  const values = Object.entries(answer.values).map(([name, data]) => `exports[${json(name)}] = sandbox.standInValue(${json(data)});`);
  const functions = answer.functions.map((name) => `exports[${json(name)}] = (...args) => sandbox.callInSandbox(${json(module)}, ${json(name)}, args);`);
  return `${head}${[...values, ...functions].join("\n")}\n`;
}
