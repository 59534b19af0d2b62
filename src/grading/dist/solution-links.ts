import { links, resolveTarget, type Link } from "../../course/markdown-links";

/**
 * The links of a Markdown page (its path from the project root) that point into solutions/: in a
 * starter repository, which has no solutions/, each of them is broken. External links are not ours.
 */
export function solutionLinks(page: string, markdown: string): Link[] {
  return links(markdown).filter((link) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(link.target) || link.target.startsWith("//")) return false;
    const file = resolveTarget(page, link.target)?.file;
    return file === "solutions" || Boolean(file?.startsWith("solutions/"));
  });
}
