/* global process, console */
// GitHub's own workflow parser (@actions/workflow-parser, ESM only). Its dist imports a JSON schema
// without an import attribute, which plain Node 20 refuses: run this file with tsx, whose loader
// takes it. Reads workflow files named on the command line; prints, per file, the parser's errors
// and the job ids of the converted template, as JSON.
import fs from "node:fs";
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";

const out = [];
for (const file of process.argv.slice(2)) {
  const parsed = parseWorkflow({ name: file, content: fs.readFileSync(file, "utf8") }, new NoOperationTraceWriter());
  const template = parsed.value ? await convertWorkflowTemplate(parsed.context, parsed.value) : undefined;
  out.push({
    file,
    errors: parsed.context.errors.getErrors().map((e) => e.message),
    jobs: (template?.jobs ?? []).map((j) => j.id?.value ?? String(j.id)),
  });
}
console.log(JSON.stringify(out));
