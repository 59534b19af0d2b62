import { distMarkers } from "./dist-markers";
import { solutionLinks } from "./solution-links";

/** solutions/ as a path: `solutions/…`, `../solutions/x.ts`; not "mysolutions/" or the word "solutions". */
const SOLUTIONS_PATH = /(^|[^\w.-])solutions\//;
const NPM_RUN = /\bnpm run ([\w:-]+)/g;
/**
 * The instructor guide is about the instructor's course clone and names its solutions/ folder
 * (what dist leaves behind, where to run grade from); only links into solutions/ are wrong there.
 */
const NAMES_SOLUTIONS_FOLDER = /^docs\/[^/]+\/instructor-guide\.md$/;

/**
 * What in a starter repository's Markdown page (README.md, docs/**) points at what learners do not
 * have: a link into solutions/ or a path in it, an `npm run X` that package.json has no script for
 * (the maintainers' selftest), or a dist marker left over (an unclosed `<!-- dist:drop -->`).
 * `page` is the path from the repository's root; `scripts` the scripts of its package.json.
 */
export function checkLearnerMarkdown(page: string, markdown: string, scripts: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const linked = new Map(solutionLinks(page, markdown).map((l) => [l.line, l.target]));
  const marks = distMarkers(markdown);
  markdown.split("\n").forEach((text, index) => {
    const line = index + 1;
    const target = linked.get(line);
    if (target !== undefined) problems.push(`${page}:${line} links to ${target}, which the starter repository does not have`);
    else if (SOLUTIONS_PATH.test(text) && !NAMES_SOLUTIONS_FOLDER.test(page)) problems.push(`${page}:${line} names solutions/, which the starter repository does not have`);
    for (const [, script = ""] of text.matchAll(NPM_RUN)) {
      if (!scripts.has(script)) problems.push(`${page}:${line} says \`npm run ${script}\`, but package.json has no "${script}" script`);
    }
    if (marks[index]?.marker) problems.push(`${page}:${line} still has a dist marker (a <!-- dist:drop --> without its <!-- /dist:drop -->?)`);
  });
  return problems;
}
