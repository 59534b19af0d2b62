import type { SubmissionGrade } from "./grade-types";
import { formatPoints } from "./points";
import { xmlText } from "./xml-text";

const seconds = (ms: number) => (ms / 1000).toFixed(3);

/**
 * One submission as JUnit XML for CI systems: a testsuite per exercise (its points as a property),
 * a testcase per test, <failure> with the teaching message, <skipped/> for checks this engine
 * cannot run. A submission the grader could not grade is one <error>.
 */
export function toJunitXml(grade: SubmissionGrade): string {
  const all = grade.exercises.flatMap((e) => e.tests);
  const failures = all.filter((g) => g.status === "failed").length;
  const skipped = all.filter((g) => g.status === "skipped").length;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const attrs = (o: Record<string, string | number>) =>
    Object.entries(o)
      .map(([k, v]) => `${k}="${xmlText(String(v))}"`)
      .join(" ");

  if (!grade.graded) {
    lines.push(`<testsuites ${attrs({ name: `netlab: ${grade.name}`, tests: 1, failures: 0, errors: 1, time: seconds(grade.ms) })}>`);
    lines.push(`  <testsuite ${attrs({ name: "netlab grade", tests: 1, failures: 0, errors: 1 })}>`);
    lines.push(`    <testcase ${attrs({ classname: "netlab", name: "grading" })}><error ${attrs({ message: "the grader could not run" })}>${xmlText(grade.error ?? "")}</error></testcase>`);
    lines.push("  </testsuite>", "</testsuites>", "");
    return lines.join("\n");
  }

  lines.push(`<testsuites ${attrs({ name: `netlab: ${grade.name}`, tests: all.length, failures, errors: 0, skipped, time: seconds(grade.ms) })}>`);
  for (const e of grade.exercises) {
    const time = e.tests.reduce((sum, g) => sum + g.durationMs, 0);
    const suite = { name: e.exercise.id, tests: e.tests.length, failures: e.tests.filter((g) => g.status === "failed").length, errors: 0, skipped: e.tests.filter((g) => g.status === "skipped").length, time: seconds(time) };
    lines.push(`  <testsuite ${attrs(suite)}>`);
    lines.push(`    <properties><property ${attrs({ name: "points", value: `${formatPoints(e.score)}/${formatPoints(e.maxScore)}` })}/></properties>`);
    for (const g of e.tests) {
      const name = [...g.test.ancestorTitles.slice(1), g.test.title].join(" › ");
      const open = `    <testcase ${attrs({ classname: e.exercise.id, name, file: g.test.shownFile, time: seconds(g.durationMs) })}`;
      if (g.status === "passed") lines.push(`${open}/>`);
      else if (g.status === "skipped") lines.push(`${open}><skipped ${attrs({ message: g.message })}/></testcase>`);
      else lines.push(`${open}><failure ${attrs({ message: g.message.split("\n")[0] ?? "" })}>${xmlText(g.message)}</failure></testcase>`);
    }
    lines.push("  </testsuite>");
  }
  lines.push("</testsuites>", "");
  return lines.join("\n");
}
