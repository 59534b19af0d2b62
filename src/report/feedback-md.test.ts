import { sampleGrade } from "./test-support/sample-grade";
import { toFeedbackMarkdown } from "./feedback-md";

describe("feedback.md for the learner", () => {
  test("score, a table of exercises, blocked exercises, and failing checks with a hint and where to read", () => {
    const md = toFeedbackMarkdown(sampleGrade(), { hiddenVisibility: "after_published", lang: "en" });
    expect(md).toMatchSnapshot();
    expect(md).not.toContain("secret");
  });

  test("hidden checks are shown by name only when they are made visible", () => {
    const md = toFeedbackMarkdown(sampleGrade(), { hiddenVisibility: "visible", lang: "en" });
    expect(md).toContain("- ✗ secret <check> & more");
    expect(md).not.toContain("Instructor-only checks");
  });

  test("in Chinese too", () => {
    const md = toFeedbackMarkdown(sampleGrade(), { hiddenVisibility: "hidden", lang: "zh" });
    expect(md).toContain("得分：2.67 / 6");
    expect(md).toContain("ch3-link 的提示");
    expect(md).toContain("**阅读：**课程仓库中的 `docs/zh/ch3-linking-containers.md#method-1---link`");
  });

  test("where to read is a path in the course repository, not a link: grades/<submission>/ has no docs/", () => {
    const md = toFeedbackMarkdown(sampleGrade(), { hiddenVisibility: "hidden", lang: "en" });
    expect(md).toContain("**Read:** `docs/en/ch3-linking-containers.md#method-1---link` in the course repository");
    expect(md).not.toMatch(/\]\(docs\//);
  });

  test("a message holding a code fence cannot break out of its block", () => {
    const grade = sampleGrade();
    const g = grade.exercises[0]?.tests[0];
    if (g) Object.assign(g, { status: "failed", score: 0, message: "```\n# not a heading\n```" });
    expect(toFeedbackMarkdown(grade, { hiddenVisibility: "hidden", lang: "en" })).toContain("````text\n```\n# not a heading\n```\n````");
  });
});
