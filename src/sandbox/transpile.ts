import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * The submission's exercise files as the sandbox runs them: TypeScript turned into CommonJS here,
 * by the grader (the sandbox has no compiler), each with an inline source map so that a learner's
 * stack frames point at their own .ts lines.
 */
export function transpileExercises(exercisesDir: string, files: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of files) {
    const source = fs.readFileSync(path.join(exercisesDir, rel), "utf8");
    const { outputText } = ts.transpileModule(source, {
      fileName: path.basename(rel),
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, inlineSourceMap: true, inlineSources: true },
    });
    out[rel.replace(/\.ts$/, ".js")] = outputText;
  }
  return out;
}
