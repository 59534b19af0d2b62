/**
 * Links in Markdown, read the way GitHub renders them: inline links and images and reference
 * definitions, outside fenced code blocks and code spans, and where a relative link points. Pure
 * functions over a page's text; line numbers are 1-based. What `netlab dist` needs (its solution
 * links); the docs check (src/dev/markdown.ts) reads headings and anchors on top of it.
 */

import path from "node:path";

export interface Link {
  line: number;
  text: string;
  target: string;
  title?: string;
  image: boolean;
}

/** Splits a page into lines, each marked as inside a fenced code block or not. */
export function lineKinds(markdown: string): { text: string; inFence: boolean; fence: boolean }[] {
  let open: string | undefined;
  return markdown.split(/\r?\n/).map((text) => {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (open === undefined && fence) {
      open = fence;
      return { text, inFence: true, fence: true };
    }
    if (open !== undefined) {
      if (fence && fence[0] === open[0] && fence.length >= open.length && text.trim() === fence) open = undefined;
      return { text, inFence: true, fence: Boolean(fence) };
    }
    return { text, inFence: false, fence: false };
  });
}

const TITLE = String.raw`"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'`;
const INLINE_LINK = new RegExp(String.raw`(!?)\[((?:[^\[\]\\]|\\.|\[[^\]]*\])*)\]\(\s*<?([^\s<>()]*)>?(?:\s+(?:${TITLE}))?\s*\)`, "g");
const REFERENCE_DEFINITION = new RegExp(String.raw`^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+(?:${TITLE}))?\s*$`);

/** Where the code spans of one line are, so that `[x](y)` inside backticks is not taken for a link. */
function codeSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of line.matchAll(/(`+)[^`]*?\1/g)) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return spans;
}

/** Inline links and images, and reference definitions (`[x]: target`), outside code. */
export function links(markdown: string): Link[] {
  const found: Link[] = [];
  lineKinds(markdown).forEach(({ text, inFence }, index) => {
    if (inFence) return;
    const line = index + 1;
    const spans = codeSpans(text);
    for (const m of text.matchAll(INLINE_LINK)) {
      const at = m.index ?? 0;
      if (spans.some(([from, to]) => at > from && at < to)) continue;
      const title = m[4] ?? m[5];
      found.push({ line, image: m[1] === "!", text: m[2] ?? "", target: m[3] ?? "", title: title === undefined ? undefined : unescapeMarkdown(title) });
    }
    const def = REFERENCE_DEFINITION.exec(text);
    if (def) found.push({ line, image: false, text: "", target: def[1] ?? "", title: def[2] ?? def[3] });
  });
  return found;
}

function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

/** Where a relative link from `page` points, from the project root; undefined when it leaves the project. */
export function resolveTarget(page: string, target: string): { file: string; anchor?: string } | undefined {
  const hash = target.indexOf("#");
  const rawPath = hash >= 0 ? target.slice(0, hash) : target;
  const anchor = hash >= 0 ? decodeURIComponent(target.slice(hash + 1)) : undefined;
  const decoded = decodeURIComponent(rawPath);
  const joined = decoded === "" ? page : decoded.startsWith("/") ? decoded.slice(1) : path.posix.join(path.posix.dirname(page), decoded);
  const file = path.posix.normalize(joined).replace(/\/$/, "");
  if (file === ".." || file.startsWith("../")) return undefined;
  return { file: file === "" ? "." : file, anchor };
}
