import { loadCatalogue } from "../../course/catalogue";
import { classroomWorkflow } from "./classroom-workflow";

describe("the GitHub Classroom workflow written by netlab dist", () => {
  const course = loadCatalogue();
  const yaml = classroomWorkflow(course);

  test("one command-grader step per exercise, running its test file, worth its points", () => {
    for (const e of course.exercises) {
      expect(yaml).toContain(`        id: ${e.id}\n        uses: classroom-resources/autograding-command-grader@v1`);
      expect(yaml).toContain(`          command: "npx jest ${e.test} --selectProjects course --ci"\n          timeout: 5\n          max-score: ${e.points}\n`);
    }
    expect(yaml.match(/autograding-command-grader/g)).toHaveLength(course.exercises.length);
  });

  test("the reporter adds up every step", () => {
    expect(yaml).toContain(`runners: ${course.exercises.map((e) => e.id).join(",")}\n`);
    for (const e of course.exercises) expect(yaml).toContain(`${e.id.toUpperCase()}_RESULTS: "\${{steps.${e.id}.outputs.result}}"`);
  });
});
