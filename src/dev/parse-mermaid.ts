import { spawnSync } from "node:child_process";
import path from "node:path";

export type MermaidResult = { ok: true; type: string } | { ok: false; error: string };

const SCRIPT = path.join(__dirname, "mermaid-parse.mjs");

/**
 * Parses each diagram with mermaid's own parser (the one GitHub renders with), in a child Node
 * process: mermaid is ESM-only and needs a DOM (jsdom) for its label sanitizer. Works offline.
 * One result per diagram, in order.
 */
export function parseMermaid(diagrams: string[]): MermaidResult[] {
  if (diagrams.length === 0) return [];
  const run = spawnSync(process.execPath, [SCRIPT], { input: JSON.stringify(diagrams), encoding: "utf8", timeout: 60_000 });
  if (run.status !== 0) {
    const why = run.error ? run.error.message : run.stderr.trim();
    throw new Error(`The mermaid parser did not run (${SCRIPT}): ${why}\nTry: npm ci (mermaid and jsdom are dev dependencies).`);
  }
  return JSON.parse(run.stdout) as MermaidResult[];
}
