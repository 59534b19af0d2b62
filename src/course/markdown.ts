/**
 * The little of Markdown that the docs check and `netlab dist` need, read the way GitHub renders it: headings and
 * their anchors, explicit HTML anchors, inline links, and fenced code blocks. Pure functions over
 * a page's text; line numbers are 1-based.
 */

import path from "node:path";

export interface Heading {
  line: number;
  level: number;
  /** The text as rendered: no backticks, link targets or HTML tags. */
  text: string;
  /** GitHub's anchor for it, with -1, -2... for repeats on one page. */
  slug: string;
}

export interface Link {
  line: number;
  text: string;
  target: string;
  title?: string;
  image: boolean;
}

export interface CodeBlock {
  /** The line of the opening fence. */
  line: number;
  info: string;
  code: string;
}

// Characters GitHub (github-slugger) drops from a heading: punctuation but `-` and `_`, symbols,
// control and format characters, and separators but the space, unless the character is alphabetic.
const SLUG_DROP = /(?![ -])(?!\p{Alphabetic})[\p{No}\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Po}\p{Pd}\p{S}\p{C}\p{Z}]/gu;

/** github-slugger's slug of one heading text (without the -N for repeats). */
export function githubSlug(text: string): string {
  return text.toLowerCase().replace(SLUG_DROP, "").replace(/ /g, "-");
}

/** Splits a page into lines, each marked as inside a fenced code block or not. */
function lineKinds(markdown: string): { text: string; inFence: boolean; fence: boolean }[] {
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

/** The fenced code blocks of a page, with their info string ("mermaid", "sh"). */
export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const open = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)/.exec(lines[i] ?? "");
    if (!open) continue;
    const [, fence = "", info = ""] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(lines[j] ?? "");
      if (close?.[1] && close[1][0] === fence[0] && close[1].length >= fence.length) break;
      body.push(lines[j] ?? "");
    }
    blocks.push({ line: i + 1, info, code: body.join("\n") });
    i = j;
  }
  return blocks;
}

/** A heading's text as GitHub renders it, before slugging. */
function renderedText(inline: string): string {
  return inline
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/`+([^`]*)`+/g, "$1")
    .replace(/(\*\*|__|\*)(\S(?:.*?\S)?)\1/g, "$2")
    .trim();
}

/** The ATX headings (# ...) of a page, outside code blocks, with their anchors. */
export function headings(markdown: string): Heading[] {
  const seen = new Map<string, number>();
  const found: Heading[] = [];
  lineKinds(markdown).forEach(({ text, inFence }, index) => {
    const match = inFence ? null : /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(text);
    if (!match) return;
    const rendered = renderedText(match[2] ?? "");
    const base = githubSlug(rendered);
    let slug = base;
    const repeats = seen.get(base);
    if (repeats !== undefined) {
      slug = `${base}-${repeats + 1}`;
      seen.set(base, repeats + 1);
    } else seen.set(base, 0);
    found.push({ line: index + 1, level: (match[1] ?? "#").length, text: rendered, slug });
  });
  return found;
}

/** Explicit anchors: `<a id="x"></a>` or `<a name="x">` (and any id="" on an HTML tag), outside code. */
export function explicitAnchors(markdown: string): { line: number; id: string }[] {
  const found: { line: number; id: string }[] = [];
  lineKinds(markdown).forEach(({ text, inFence }, index) => {
    if (inFence) return;
    for (const m of text.matchAll(/<[a-z][^>]*?\s(?:id|name)="([^"]+)"[^>]*>/gi)) found.push({ line: index + 1, id: m[1] ?? "" });
  });
  return found;
}

/** Every anchor a link can point at on this page. */
export function anchorsOf(markdown: string): Set<string> {
  return new Set([...headings(markdown).map((h) => h.slug), ...explicitAnchors(markdown).map((a) => a.id)]);
}

/**
 * Which heading each anchor of a page opens, as an index into headings(): a heading's own slug, or for
 * an explicit anchor the heading right after it (headings().length when none follows). Where one id
 * is made twice, the first one counts, as in a browser.
 */
export function anchorSections(markdown: string): Map<string, number> {
  const all = headings(markdown);
  const made = [
    ...all.map((h, index) => ({ id: h.slug, line: h.line, index })),
    ...explicitAnchors(markdown).map((a) => ({ id: a.id, line: a.line, index: ((i) => (i < 0 ? all.length : i))(all.findIndex((h) => h.line >= a.line)) })),
  ].sort((a, b) => a.line - b.line);
  const sections = new Map<string, number>();
  for (const m of made) if (!sections.has(m.id)) sections.set(m.id, m.index);
  return sections;
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

/**
 * The lines of the section an anchor opens: from its heading (or, for an explicit anchor, from the
 * heading right after it) to the next heading of the same or a higher level. Undefined: no such anchor.
 */
export function sectionAt(markdown: string, anchor: string): { from: number; to: number; text: string } | undefined {
  const all = headings(markdown);
  const lines = markdown.split(/\r?\n/);
  let start = all.find((h) => h.slug === anchor);
  if (!start) {
    const explicit = explicitAnchors(markdown).find((a) => a.id === anchor);
    if (!explicit) return undefined;
    start = all.find((h) => h.line >= explicit.line);
    if (!start) return { from: explicit.line, to: lines.length, text: lines.slice(explicit.line - 1).join("\n") };
  }
  const level = start.level;
  const end = all.find((h) => h.line > (start?.line ?? 0) && h.level <= level);
  const to = end ? end.line - 1 : lines.length;
  return { from: start.line, to, text: lines.slice(start.line - 1, to).join("\n") };
}
