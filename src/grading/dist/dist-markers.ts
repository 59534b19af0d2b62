/**
 * Where a Markdown page marks what netlab dist leaves out of the learners' copy, in HTML comments
 * (GitHub does not show them). Markers count outside code only, so that a page can show one.
 */
export interface MarkerLine {
  /** `<!-- dist:drop -->` as a line of its own: a part to leave out begins. */
  open: boolean;
  /** `<!-- /dist:drop -->` as a line of its own: that part ends (with this line). */
  close: boolean;
  /**
   * `<!-- dist:drop-line -->` anywhere in the line: leave out this line. For table rows, where a
   * comment line of its own would end the table; inside a cell the comment is invisible.
   */
  dropLine: boolean;
  /** Any dist marker at all. */
  marker: boolean;
}

/** One entry per line of the page (split on \n). */
export function distMarkers(markdown: string): MarkerLine[] {
  let fence: string | undefined;
  return markdown.split("\n").map((line) => {
    const opens = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && opens) fence = opens;
    else if (fence !== undefined && opens?.[0] === fence[0] && opens.length >= fence.length && line.trim() === opens) fence = undefined;
    else if (fence === undefined) {
      const text = line.replace(/(`+)[^`]*?\1/g, "");
      return {
        open: /^\s*<!--\s*dist:drop\s*-->\s*$/.test(text),
        close: /^\s*<!--\s*\/dist:drop\s*-->\s*$/.test(text),
        dropLine: /<!--\s*dist:drop-line\s*-->/.test(text),
        marker: /<!--\s*\/?dist:/.test(text),
      };
    }
    return { open: false, close: false, dropLine: false, marker: false };
  });
}
