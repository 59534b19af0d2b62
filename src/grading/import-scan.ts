import path from "node:path";
import ts from "typescript";

/** One module a file loads: `import ... from`, `export ... from`, `require()`, `import()`. */
export interface ImportRef {
  /** undefined when the name is computed at run time (`require(name)`). */
  specifier?: string;
  line: number;
  /** A way to load code that bypasses imports (`eval`, `process.binding`, `module.constructor._load`). */
  hatch?: string;
}

/** Names through which code can be loaded without an import: used at all, they score the exercise 0. */
const HATCH_MEMBERS = new Set(["binding", "_linkedBinding", "_load", "_resolveFilename", "dlopen", "mainModule", "createRequire"]);
const HATCH_CALLS = new Set(["eval", "Function"]);

export interface SyntaxProblem {
  line: number;
  column: number;
  message: string;
}

/** What an exercise file may load: "netlab", or a file of the submission's own exercises/. */
export type ImportVerdict =
  | { ok: true; /** The local file it loads, relative to exercises/ (absent for "netlab" or a file not there). */ target?: string }
  | { ok: false; why: "outside" | "module" | "computed" | "hatch" };

/** The modules a TypeScript file loads and its syntax errors, read without running it. */
export function scanSource(source: string, fileName: string): { imports: ImportRef[]; syntax: SyntaxProblem[] } {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const imports: ImportRef[] = [];
  const lineOf = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  const add = (node: ts.Node, spec: ts.Node | undefined) => imports.push({ specifier: spec && literal(spec), line: lineOf(node) });

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      // `import type` is erased before anything runs: it loads nothing.
      if (!node.importClause?.isTypeOnly) add(node, node.moduleSpecifier);
    } else if (ts.isExportDeclaration(node)) {
      if (node.moduleSpecifier && !node.isTypeOnly) add(node, node.moduleSpecifier);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node, node.moduleReference.expression);
    } else if (ts.isCallExpression(node) && loadsModule(node.expression)) {
      add(node, node.arguments[0]);
      // require("x") itself is judged above; what it is called on (module.require) is not a second finding.
      node.arguments.forEach(visit);
      return;
    } else {
      const hatch = hatchOf(node);
      if (hatch) imports.push({ line: lineOf(node), hatch });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);

  const { diagnostics = [] } = ts.transpileModule(source, { fileName, reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
  const syntax = diagnostics.map((d) => {
    const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : { line: 0, character: 0 };
    return { line: at.line + 1, column: at.character + 1, message: ts.flattenDiagnosticMessageText(d.messageText, "\n") };
  });
  return { imports, syntax };
}

/** require(), import(), module.require(), jest.requireActual(): anything that loads a module by name. */
function loadsModule(callee: ts.Expression): boolean {
  if (callee.kind === ts.SyntaxKind.ImportKeyword) return true;
  if (ts.isIdentifier(callee)) return callee.text === "require";
  return ts.isPropertyAccessExpression(callee) && /^require/.test(callee.name.text);
}

/** `eval(...)`, `new Function(...)`, `x.binding`, `x["_load"]`, a bare `require` passed around. */
function hatchOf(node: ts.Node): string | undefined {
  if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && ts.isIdentifier(node.expression) && HATCH_CALLS.has(node.expression.text)) return node.expression.text;
  if (ts.isPropertyAccessExpression(node) && (HATCH_MEMBERS.has(node.name.text) || /^require/.test(node.name.text))) return `.${node.name.text}`;
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
    const key = node.argumentExpression.text;
    if (HATCH_MEMBERS.has(key) || /^require/.test(key)) return `["${key}"]`;
  }
  if (ts.isIdentifier(node) && node.text === "require" && !(ts.isCallExpression(node.parent) && node.parent.expression === node)) return "require";
  return undefined;
}

function literal(node: ts.Node): string | undefined {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : undefined;
}

/**
 * Judges one import of `fromFile` (relative to exercises/, posix) against the files the submission
 * has there. Relative paths must stay inside exercises/; the only package is "netlab".
 */
export function judgeImport(ref: ImportRef, fromFile: string, files: ReadonlySet<string>): ImportVerdict {
  if (ref.hatch) return { ok: false, why: "hatch" };
  const spec = ref.specifier;
  if (spec === undefined) return { ok: false, why: "computed" };
  if (spec === "netlab") return { ok: true };
  if (spec !== "." && spec !== ".." && !spec.startsWith("./") && !spec.startsWith("../")) return { ok: false, why: "module" };
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), spec));
  if (resolved === ".." || resolved.startsWith("../")) return { ok: false, why: "outside" };
  const stem = resolved.replace(/\.(js|ts)$/, "");
  const target = [`${stem}.ts`, `${stem}/index.ts`].find((f) => files.has(f));
  return { ok: true, target };
}
