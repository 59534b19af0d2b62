import fs from "node:fs";
import path from "node:path";
import { loadCatalogue, type Course } from "../course/catalogue";
import { links, resolveTarget, type Link } from "../course/markdown-links";
import { anchorSections, anchorsOf, codeBlocks, explicitAnchors, headings, sectionAt, type Heading } from "./markdown";
import { parseMermaid, type MermaidResult } from "./parse-mermaid";
import { readDeclaredTests } from "../grading/declared-tests";

/**
 * The docs check. The course lives in docs/<lang>/, one page per chapter, and must hold together:
 * - every exercise of the catalogue has its section in every language (its `docs` anchor resolves,
 *   and the section links to the exercise, its solution and its test);
 * - every relative link and #anchor under docs/ resolves, with GitHub's heading slugs;
 * - every claim link names a test file that exists and the exact title of a test in it;
 * - both languages have the same pages, sections and anchors (each anchor on the same section);
 * - every Mermaid diagram parses.
 *
 * A claim link is a Markdown link whose text starts with ✓, whose target is a test file and whose
 * title is the test's title:  [✓ test](../../test/ch3/link.test.ts "c2 reaches c1 by name")
 *
 * Everything here is a pure function of a DocsTree; `readDocsTree` is the one part that reads files.
 */

const LANGUAGES = ["en", "zh"] as const;
const CLAIM_MARK = "✓";

export interface DocsTree {
  /** Every Markdown page under docs/, by its path from the project root ("docs/en/README.md"). */
  pages: Map<string, string>;
  /** Does this path (from the project root) exist, as a file or a folder? */
  exists(file: string): boolean;
  /** The text of a file (from the project root), or undefined when there is none. */
  read(file: string): string | undefined;
}

export interface Diagram {
  page: string;
  line: number;
  code: string;
}

/** Every static problem of the docs ([] when they hold together); diagrams are checked by checkDiagrams. */
export function checkDocs(tree: DocsTree, course: Course): string[] {
  return [...checkExerciseSections(tree, course), ...checkLinks(tree), ...checkClaims(tree), ...checkLanguagesMirror(tree)];
}

function isExternal(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//");
}

function pageText(tree: DocsTree, file: string): string | undefined {
  return tree.pages.get(file) ?? (file.endsWith(".md") ? tree.read(file) : undefined);
}

/** Every relative link and #anchor under docs/ resolves. */
export function checkLinks(tree: DocsTree): string[] {
  const problems: string[] = [];
  for (const [page, text] of tree.pages) {
    for (const link of links(text)) {
      if (isExternal(link.target)) continue;
      const where = `${page}:${link.line}`;
      if (link.target === "") {
        problems.push(`${where}: empty link target ("${link.text}")`);
        continue;
      }
      const resolved = resolveTarget(page, link.target);
      if (!resolved) {
        problems.push(`${where}: ${link.target} points outside the project`);
        continue;
      }
      if (!tree.exists(resolved.file)) {
        problems.push(`${where}: ${link.target} -> ${resolved.file} does not exist`);
        continue;
      }
      if (resolved.anchor === undefined) continue;
      if (resolved.file.endsWith(".md")) {
        const target = pageText(tree, resolved.file) ?? "";
        if (!anchorsOf(target).has(resolved.anchor)) problems.push(`${where}: ${link.target}: no heading or <a id> "${resolved.anchor}" in ${resolved.file}`);
      } else if (!/^L\d+(-L\d+)?$/.test(resolved.anchor)) {
        problems.push(`${where}: ${link.target}: only .md pages have anchors (or a line, #L12)`);
      }
    }
  }
  return problems;
}

/** The claim links of a page: links whose text starts with ✓. */
export function claimLinks(markdown: string): Link[] {
  return links(markdown).filter((l) => l.text.trim().startsWith(CLAIM_MARK));
}

/** Every claim link names an existing test file and the exact title of a test in it. */
export function checkClaims(tree: DocsTree): string[] {
  const problems: string[] = [];
  const titlesOf = new Map<string, string[] | undefined>();
  for (const [page, text] of tree.pages) {
    for (const claim of claimLinks(text)) {
      const where = `${page}:${claim.line}: claim`;
      const resolved = isExternal(claim.target) ? undefined : resolveTarget(page, claim.target);
      if (!resolved || !resolved.file.endsWith(".test.ts") || resolved.anchor !== undefined) {
        problems.push(`${where} must link to a test file (*.test.ts, no #anchor), not ${claim.target}`);
        continue;
      }
      if (!claim.title) {
        problems.push(`${where} ${claim.target} has no title: write the test's title, [${CLAIM_MARK} test](${claim.target} "<test title>")`);
        continue;
      }
      if (!titlesOf.has(resolved.file)) {
        const source = tree.read(resolved.file);
        titlesOf.set(resolved.file, source === undefined ? undefined : readDeclaredTests(source, resolved.file).tests.map((x) => x.title));
      }
      const titles = titlesOf.get(resolved.file);
      if (!titles) problems.push(`${where} names ${resolved.file}, which does not exist`);
      else if (!titles.includes(claim.title)) {
        problems.push(`${where}: no test titled "${claim.title}" in ${resolved.file} (its tests: ${titles.map((t) => `"${t}"`).join(", ") || "none"})`);
      }
    }
  }
  return problems;
}

/** Every chapter has its page and every exercise its section, in every language. */
export function checkExerciseSections(tree: DocsTree, course: Course): string[] {
  const problems: string[] = [];
  for (const lang of LANGUAGES) {
    for (const chapter of course.chapters) {
      const page = `docs/${lang}/${chapter.docs}`;
      if (!tree.pages.has(page)) problems.push(`${chapter.id}: its page ${page} is missing`);
    }
    for (const exercise of course.exercises) {
      const [file = "", anchor = ""] = exercise.docs.split("#");
      const page = `docs/${lang}/${file}`;
      const text = tree.pages.get(page);
      if (text === undefined) {
        problems.push(`${exercise.id}: docs ${exercise.docs}: ${page} is missing`);
        continue;
      }
      const section = sectionAt(text, anchor);
      if (!section) {
        problems.push(`${exercise.id}: docs ${exercise.docs}: no heading or <a id> "${anchor}" in ${page}`);
        continue;
      }
      const linked = new Set(links(section.text).map((l) => resolveTarget(page, l.target)?.file));
      const wanted = [`exercises/${exercise.file}`, `solutions/${exercise.file}`, exercise.test];
      for (const w of wanted.filter((w) => !linked.has(w))) {
        problems.push(`${exercise.id}: the section ${page}#${anchor} (lines ${section.from}-${section.to}) does not link to ${w}`);
      }
    }
  }
  return problems;
}

/**
 * docs/en and docs/zh have the same pages with the same sections (heading levels in the same order),
 * and every anchor that matters on a page, its own <a id>s and every #anchor a docs link points at,
 * also opens the same section on its twin: so one link with one #anchor works in both languages,
 * and a misplaced <a id> (on the section before) is caught as well as a missing one.
 */
export function checkLanguagesMirror(tree: DocsTree): string[] {
  const pagesOf = (lang: string) =>
    new Set([...tree.pages.keys()].filter((p) => p.startsWith(`docs/${lang}/`)).map((p) => p.slice(`docs/${lang}/`.length)));
  const linked = linkedAnchors(tree);
  const problems: string[] = [];
  for (const lang of LANGUAGES) {
    for (const other of LANGUAGES.filter((l) => l !== lang)) {
      for (const p of pagesOf(lang)) {
        const page = `docs/${lang}/${p}`;
        const text = tree.pages.get(page) ?? "";
        const twin = tree.pages.get(`docs/${other}/${p}`);
        if (twin === undefined) {
          problems.push(`${page} has no docs/${other}/${p}`);
          continue;
        }
        const mine = headings(text);
        const theirs = headings(twin);
        const levels = (hs: Heading[]) => hs.map((h) => h.level).join("");
        // Sections can be paired by position only when both pages have the same outline.
        const sameOutline = levels(mine) === levels(theirs);
        if (!sameOutline && lang === LANGUAGES[0]) {
          problems.push(`${page} and docs/${other}/${p} differ in their headings (levels ${levels(mine)} and ${levels(theirs)}): a section is missing or extra in one language`);
        }
        const mySections = anchorSections(text);
        const twinSections = anchorSections(twin);
        const wanted = new Map<string, string>();
        for (const a of explicitAnchors(text)) if (!wanted.has(a.id)) wanted.set(a.id, `${page}:${a.line}: <a id="${a.id}">`);
        for (const [id, from] of linked.get(page) ?? []) if (!wanted.has(id)) wanted.set(id, `${page}#${id} (linked from ${from})`);
        for (const [id, where] of wanted) {
          const here = mySections.get(id);
          const there = twinSections.get(id);
          if (here === undefined) continue; // a broken link: checkLinks says so
          if (there === undefined) problems.push(`${where} has no twin in docs/${other}/${p}`);
          else if (sameOutline && there !== here) {
            const title = (hs: Heading[], i: number) => (i < hs.length ? `"${hs[i]?.text}"` : "the end of the page");
            problems.push(`${where} opens ${title(mine, here)}, but in docs/${other}/${p} it opens ${title(theirs, there)}`);
          }
        }
      }
    }
  }
  return problems;
}

/** Per page, the #anchors that docs links point at on it, with where the first such link is. */
function linkedAnchors(tree: DocsTree): Map<string, Map<string, string>> {
  const found = new Map<string, Map<string, string>>();
  for (const [page, text] of tree.pages) {
    for (const link of links(text)) {
      const resolved = isExternal(link.target) ? undefined : resolveTarget(page, link.target);
      if (!resolved?.anchor || !tree.pages.has(resolved.file)) continue;
      const anchors = found.get(resolved.file) ?? new Map<string, string>();
      if (!anchors.has(resolved.anchor)) anchors.set(resolved.anchor, `${page}:${link.line}`);
      found.set(resolved.file, anchors);
    }
  }
  return found;
}

/** The ```mermaid blocks of every page. */
export function diagrams(tree: DocsTree): Diagram[] {
  return [...tree.pages].flatMap(([page, text]) =>
    codeBlocks(text)
      .filter((b) => b.info === "mermaid")
      .map((b) => ({ page, line: b.line, code: b.code })),
  );
}

/** Every diagram parses with mermaid's own parser. */
export function checkDiagrams(found: Diagram[], parse: (codes: string[]) => MermaidResult[] = parseMermaid): string[] {
  const results = parse(found.map((d) => d.code));
  return found.flatMap((d, i) => {
    const r = results[i];
    return r?.ok ? [] : [`${d.page}:${d.line}: the Mermaid diagram does not parse: ${r ? r.error.split("\n").join(" ") : "no result"}`];
  });
}

/** Reads docs/ of a project into a DocsTree (the only part of the check that touches the disk). */
export function readDocsTree(root: string): DocsTree {
  const pages = new Map<string, string>();
  const docs = path.join(root, "docs");
  for (const entry of fs.existsSync(docs) ? fs.readdirSync(docs, { recursive: true, withFileTypes: true }) : []) {
    if (entry.isDirectory() || !entry.name.endsWith(".md")) continue;
    const full = path.join(entry.parentPath, entry.name);
    pages.set(path.relative(root, full).split(path.sep).join("/"), fs.readFileSync(full, "utf8"));
  }
  return {
    pages: new Map([...pages].sort(([a], [b]) => a.localeCompare(b))),
    exists: (file) => fs.existsSync(path.join(root, file)),
    read: (file) => (fs.existsSync(path.join(root, file)) && fs.statSync(path.join(root, file)).isFile() ? fs.readFileSync(path.join(root, file), "utf8") : undefined),
  };
}

/** The whole docs check of a project, diagrams included: what the selftest runs. */
export function checkDocsAt(root: string, course: Course = loadCatalogue()): string[] {
  const tree = readDocsTree(root);
  if (tree.pages.size === 0) return [`no Markdown pages under ${path.join(root, "docs")}`];
  let diagramProblems: string[];
  try {
    diagramProblems = checkDiagrams(diagrams(tree));
  } catch (err) {
    diagramProblems = [err instanceof Error ? err.message : String(err)];
  }
  return [...checkDocs(tree, course), ...diagramProblems];
}
