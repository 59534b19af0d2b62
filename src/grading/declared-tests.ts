import ts from "typescript";

/** A test as its file declares it, read without running the file. */
export interface DeclaredTest {
  /** The enclosing describe titles, outermost first (jest's ancestorTitles). */
  ancestorTitles: string[];
  title: string;
  line: number;
  /** test.skip / xit: declared, never run. */
  skipped: boolean;
  /** testNeeding("legacyLinks", ...)(title): what the engine must show for the test to count. */
  needs: string[];
}

type CallKind = { kind: "describe" | "test"; skipped: boolean; helper?: boolean } | { kind: "todo" } | { kind: "each" };

const DESCRIBE = new Set(["describe", "fdescribe", "xdescribe"]);
const TEST = new Set(["test", "it", "fit", "xit", "xtest"]);

/**
 * The tests a jest file declares, with their describe titles, read from its syntax tree: `test()`,
 * `it()`, `test.skip()`, `testIf(cond)()`, `(cond ? test : test.skip)()` inside `describe()`.
 * Titles must be plain strings: a title built at run time (`test.each`, a template with `${}`) is
 * reported as a problem, since points are spread over the tests before anything runs.
 */
export function readDeclaredTests(source: string, fileName: string): { tests: DeclaredTest[]; problems: string[] } {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const tests: DeclaredTest[] = [];
  const problems: string[] = [];
  const lineOf = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;

  const visit = (node: ts.Node, describes: string[], skipped: boolean): void => {
    const call = ts.isCallExpression(node) ? classify(node.expression) : undefined;
    if (!call || !ts.isCallExpression(node)) {
      ts.forEachChild(node, (child) => visit(child, describes, skipped));
      return;
    }
    if (call.kind === "todo") return;
    if (call.kind === "each") {
      problems.push(`${fileName}:${lineOf(node)}: .each() builds its titles at run time; write one test() per case`);
      return;
    }
    const title = literalText(node.arguments[0]);
    if (title === undefined) {
      // testIf(condition) on its own is the helper being set up, not a test.
      if (call.helper) {
        ts.forEachChild(node, (child) => visit(child, describes, skipped));
        return;
      }
      problems.push(`${fileName}:${lineOf(node)}: a ${call.kind} title that is not a plain string`);
      return;
    }
    if (call.kind === "describe") {
      for (const arg of node.arguments.slice(1)) visit(arg, [...describes, title], skipped || call.skipped);
      return;
    }
    tests.push({ ancestorTitles: describes, title, line: lineOf(node), skipped: skipped || call.skipped, needs: needsOf(node.expression) });
  };
  visit(file, [], false);
  return { tests, problems };
}

/** What a callee stands for: describe, test (skipped or not), todo, each, or nothing of jest's. */
function classify(callee: ts.Expression): CallKind | undefined {
  let expr = callee;
  while (ts.isParenthesizedExpression(expr)) expr = expr.expression;
  if (ts.isIdentifier(expr)) {
    const name = expr.text;
    if (DESCRIBE.has(name)) return { kind: "describe", skipped: name === "xdescribe" };
    if (TEST.has(name)) return { kind: "test", skipped: name.startsWith("x") };
    if (/^(test|it)[A-Z]\w*$/.test(name)) return { kind: "test", skipped: false, helper: true };
    return undefined;
  }
  if (ts.isPropertyAccessExpression(expr)) {
    const base = classify(expr.expression);
    if (!base || base.kind === "todo" || base.kind === "each") return base;
    const member = expr.name.text;
    if (member === "each") return { kind: "each" };
    if (member === "todo") return { kind: "todo" };
    return { kind: base.kind, skipped: base.skipped || member === "skip", helper: base.helper };
  }
  if (ts.isCallExpression(expr)) {
    // testIf(condition)("title", ...): the inner call picks test or test.skip.
    const inner = classify(expr.expression);
    return inner && inner.kind === "test" ? { kind: "test", skipped: false } : inner?.kind === "each" ? inner : undefined;
  }
  if (ts.isConditionalExpression(expr)) {
    const a = classify(expr.whenTrue);
    const b = classify(expr.whenFalse);
    if (a && b && a.kind === b.kind && (a.kind === "test" || a.kind === "describe")) return { kind: a.kind, skipped: false };
  }
  return undefined;
}

/** The literal arguments of testNeeding(...) when it is the callee: `testNeeding("legacyLinks")("title", fn)`. */
function needsOf(callee: ts.Expression): string[] {
  // testNeeding("networkIsolation").concurrent("title", fn): the same needs.
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === "concurrent") return needsOf(callee.expression);
  if (!ts.isCallExpression(callee) || !ts.isIdentifier(callee.expression) || callee.expression.text !== "testNeeding") return [];
  return callee.arguments.map((arg) => literalText(arg)).filter((text): text is string => text !== undefined);
}

function literalText(node: ts.Node | undefined): string | undefined {
  if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) return node.text;
  return undefined;
}
