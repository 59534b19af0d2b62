/**
 * The headings, anchors, sections and fenced code blocks of Markdown pages, read the way GitHub
 * renders them, for the docs check; links come from src/course/markdown-links.ts. Pure functions
 * over a page's text; line numbers are 1-based.
 */

import GithubSlugger from "github-slugger";
import { lineKinds } from "../course/markdown-links";

export interface Heading {
  line: number;
  level: number;
  /** The text as rendered: no backticks, link targets or HTML tags. */
  text: string;
  /** GitHub's anchor for it, with -1, -2... for repeats on one page. */
  slug: string;
}

export interface CodeBlock {
  /** The line of the opening fence. */
  line: number;
  info: string;
  code: string;
}

/** GitHub's anchor of one heading text (as github-slugger, which follows GitHub's renderer, makes it), without the -N for repeats. */
export function githubSlug(text: string): string {
  return GithubSlugger.slug(text);
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
  // One slugger per page: it gives a repeated heading -1, -2... as GitHub does.
  const slugger = new GithubSlugger();
  const found: Heading[] = [];
  lineKinds(markdown).forEach(({ text, inFence }, index) => {
    const match = inFence ? null : /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(text);
    if (!match) return;
    const rendered = renderedText(match[2] ?? "");
    found.push({ line: index + 1, level: (match[1] ?? "#").length, text: rendered, slug: slugger.slug(rendered) });
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
