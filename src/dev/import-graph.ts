import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

/** One import of one file: from and to are paths from the project root, "/" between parts. */
export interface ImportEdge {
  from: string;
  to: string;
}

const SOURCE = /\.(ts|js|mjs|cjs)$/;
const EXTENSIONS = ["", ".ts", ".js", ".mjs", ".cjs", ".json", "/index.ts", "/index.js"];

/**
 * Every relative import under `dirs` (import, export ... from, require(), import(), import types),
 * resolved to the file it names. TypeScript's own pre-processor reads them: no type check, so the
 * whole tree takes well under a second.
 */
export function readImports(root: string, dirs: string[]): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const dir of dirs) {
    for (const entry of fs.readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !SOURCE.test(entry.name) || entry.name.endsWith(".d.ts")) continue;
      const file = path.join(entry.parentPath, entry.name);
      const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
      for (const ref of [...info.importedFiles]) {
        if (!ref.fileName.startsWith(".")) continue;
        const target = resolve(path.resolve(path.dirname(file), ref.fileName));
        if (target) edges.push({ from: rel(root, file), to: rel(root, target) });
      }
    }
  }
  return edges;
}

/** A production module: not a test, a test helper or a snapshot (those are maintainers' tooling, like test/). */
export function isProduction(file: string): boolean {
  return !/\.test\.ts$/.test(file) && !file.split("/").includes("test-support");
}

/** The top-level folder of src/ a file is in ("src/lab/lab.ts" -> "lab"); a file directly in src/ is its own. */
export function topFolder(file: string): string {
  // A command's texts live beside it (src/cli/commands/<name>/messages.ts) but are the catalogue's:
  // they import only messages/entry, and src/messages gathers them, so they count as src/messages.
  if (/^src\/cli\/commands\/[^/]+\/messages\.ts$/.test(file)) return "messages";
  return file.split("/")[1] ?? file;
}

/** The cycles between nodes of a graph, each as the path that closes it ["a", "b", "a"]; one per cycle found. */
export function cycles(edges: Array<[string, string]>): string[][] {
  const next = new Map<string, Set<string>>();
  for (const [a, b] of edges) if (a !== b) next.set(a, (next.get(a) ?? new Set()).add(b));
  const found: string[][] = [];
  const done = new Set<string>();
  const visit = (node: string, trail: string[]) => {
    const at = trail.indexOf(node);
    if (at >= 0) return void found.push([...trail.slice(at), node]);
    if (done.has(node)) return;
    for (const to of next.get(node) ?? []) visit(to, [...trail, node]);
    done.add(node);
  };
  for (const node of [...next.keys()].sort()) visit(node, []);
  return found;
}

function resolve(base: string): string | undefined {
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function rel(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join("/");
}
