import { sampleGrade } from "./test-support/sample-grade";
import { toJunitXml } from "./junit-xml";

describe("junit.xml for CI systems", () => {
  test("a testsuite per exercise with its points, a testcase per test, failures with the message", () => {
    const xml = toJunitXml(sampleGrade());
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="netlab: alice" tests="5" failures="3" errors="0" skipped="0" time="12.345">/);
    expect(xml).toContain('<testsuite name="ch3-link" tests="3" failures="1" errors="0" skipped="0" time="0.360">');
    expect(xml).toContain('<property name="points" value="2.67/4"/>');
    expect(xml).toContain('<testcase classname="ch3-link" name="c2 reaches c1 by name" file="test/ch3-link.test.ts" time="0.120"/>');
    expect(xml).toContain('name="secret &lt;check&gt; &amp; more"');
    expect(xml).toContain('<failure message="Expected: c1 does not resolve &quot;c2&quot;">Expected: c1 does not resolve &quot;c2&quot;\nReceived: it does</failure>');
  });

  test("characters XML cannot carry are dropped, not written", () => {
    const grade = sampleGrade();
    const first = grade.exercises[0]?.tests[2];
    if (first) first.message = "bell\u0007 and nul\u0000 and esc\u001b[31m";
    expect(toJunitXml(grade)).toContain(">bell and nul and esc[31m</failure>");
  });

  test("a submission the grader could not grade is one error", () => {
    const xml = toJunitXml({ ...sampleGrade(), graded: false, error: "no engine <here>" });
    expect(xml).toContain('errors="1"');
    expect(xml).toContain("<error message=\"the grader could not run\">no engine &lt;here&gt;</error>");
  });
});
