// How a failure's text is read, for every consumer of a jest run: which stack frames are the
// learner's (the one stack filter), what a learner reads of a failure (the one cleaner), and how
// long a text may get (the one cap). Plain JS: the reporter uses it inside jest, untransformed.
const path = require("node:path");
const { stripVTControlCharacters } = require("node:util");

/** At most this many of the learner's frames say where: more is a stack, not a place. */
const MAX_FRAMES = 3;

const isFrame = (line) => /^\s*at\s/.test(line);

/**
 * The folders of the code under test: a frame in one of them is the learner's. An `exercises/`
 * folder anywhere counts (a staged submission, a path already shortened), and so does the folder
 * NETLAB_TARGET names (solutions/, a mutant's copy).
 */
function learnerDirs(env = process.env) {
  return env.NETLAB_TARGET ? [path.resolve(env.NETLAB_TARGET)] : [];
}

/** A stack line in the learner's code: not netlab's, not a package's, not node's own. */
function isLearnerFrame(line, dirs = learnerDirs()) {
  if (!isFrame(line) || !/\.[cm]?[jt]s:\d+/.test(line) || line.includes("node_modules") || /\(node:|at node:/.test(line)) return false;
  return /(^|[\s(/])exercises\//.test(line) || dirs.some((dir) => line.includes(`${dir}${path.sep}`));
}

/** The learner's frames of a stack or failure text, at most three, paths relative to cwd. */
function learnerFrames(text, { cwd = process.cwd(), dirs = learnerDirs() } = {}) {
  return String(text ?? "")
    .split("\n")
    .filter((line) => isLearnerFrame(line, dirs))
    .slice(0, MAX_FRAMES)
    .map((line) => `at ${line.trim().replace(/^at\s+/, "").split(`${cwd}${path.sep}`).join("")}`);
}

/** At most `max` characters, saying how much was cut. */
function capText(text, max, note = (chars) => `[... ${chars} more characters cut]`) {
  if (typeof text !== "string" || max === undefined || text.length <= max) return text;
  return `${text.slice(0, max)}\n${note(text.length - max)}`;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * A failure as a learner reads it: no colour codes, no control characters, no stack frames into
 * netlab, jest or node (the learner's own frames stay: they say where), no jest banner, paths
 * shortened by `replace`, no "Error: " in front unless `keepErrorPrefix`, capped at `maxChars`.
 */
function cleanFailure(raw, options = {}) {
  let text = stripVTControlCharacters(String(raw ?? "")).replace(/\r\n?/g, "\n");
  for (const [from, to] of options.replace ?? []) if (from) text = text.split(from).join(to);
  text = text.replace(CONTROL, "");
  let frames = 0;
  const lines = text.split("\n").filter((line) => {
    if (/^\s*● Test suite failed to run\s*$/.test(line)) return false;
    if (!isFrame(line)) return true;
    if (frames >= MAX_FRAMES || !isLearnerFrame(line)) return false;
    frames += 1;
    return true;
  });
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)[0].length));
  text = lines
    .map((l) => (Number.isFinite(indent) ? l.slice(indent) : l))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  // "Error: " and netlab's own "NetlabError: " say nothing; TypeError and the like do.
  if (!options.keepErrorPrefix) text = text.replace(/^(Netlab)?Error:\s+/, "");
  return capText(text, options.maxChars, options.cutNote);
}

/** The first lines of a failure that say something: cleaned, no blank lines (for one-screen summaries). */
function firstLines(raw, count = 6) {
  return cleanFailure(raw, { keepErrorPrefix: true })
    .split("\n")
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() && !isFrame(l))
    .slice(0, count)
    .join("\n");
}

/** The last lines of a long output. */
function lastLines(text, count = 40) {
  return String(text).trimEnd().split("\n").slice(-count).join("\n");
}

module.exports = { learnerFrames, capText, cleanFailure, firstLines, lastLines };
