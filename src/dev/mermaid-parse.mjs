// Parses Mermaid diagrams with mermaid's own parser, in plain Node (mermaid is ESM-only, so it runs
// in a child process of the docs check rather than inside jest's module system).
// stdin: a JSON array of diagram sources. stdout: a JSON array of {ok, type} or {ok: false, error}.
// mermaid sanitizes labels with DOMPurify, which needs a DOM: jsdom provides one, offline.
import process from "node:process";
import { JSDOM } from "jsdom";

const { window } = new JSDOM("");
globalThis.window = window;
globalThis.document = window.document;
const { default: mermaid } = await import("mermaid");
mermaid.initialize({ startOnLoad: false });

let input = "";
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const source of JSON.parse(input)) {
  try {
    const parsed = await mermaid.parse(source);
    results.push({ ok: true, type: parsed.diagramType });
  } catch (err) {
    results.push({ ok: false, error: String(err instanceof Error ? err.message : err) });
  }
}
process.stdout.write(JSON.stringify(results));
