import type { Exercise } from "../../course/catalogue";
import type { ExerciseGrade, PlannedTest, SubmissionGrade, TestGrade } from "../grade-types";

/** Small, hand-made grades for the unit tests of scoring and the report writers. */
export function sampleExercise(id: string, points: number, kind: Exercise["kind"] = "build"): Exercise {
  return {
    id,
    chapter: id.split("-")[0] ?? "ch3",
    kind,
    file: `${id.split("-")[0]}/${id.split("-").slice(1).join("-")}.ts`,
    test: `test/${id.split("-")[0]}/${id.split("-").slice(1).join("-")}.test.ts`,
    title: { en: `Title of ${id}`, zh: `${id} 的标题` },
    points,
    docs: "ch3-linking-containers.md#method-1---link",
    commands: ["docker run"],
    hints: [{ en: `Hint for ${id}`, zh: `${id} 的提示` }],
  };
}

function plannedTest(exercise: string, title: string, hidden = false, file = `/root/test/${exercise}.test.ts`): PlannedTest {
  return { key: `${file}\u0000${title}`, file, shownFile: hidden ? `hidden/${exercise}.test.ts` : `test/${exercise}.test.ts`, exercise, ancestorTitles: [`${exercise}: describe`], title, hidden, needs: [] };
}

function testGrade(test: PlannedTest, status: TestGrade["status"], maxScore: number, message = ""): TestGrade {
  return { test, status, maxScore, score: status === "passed" ? maxScore : 0, message, durationMs: 120 };
}

function exerciseGrade(exercise: Exercise, tests: TestGrade[], blocked?: string): ExerciseGrade {
  return { exercise, tests, blocked, maxScore: exercise.points, score: Math.round(tests.reduce((s, g) => s + g.score * 100, 0)) / 100 };
}

/** alice: ch3-link 2 of 3 checks (one hidden and failing), ch3-user-network blocked by an import. */
export function sampleGrade(): SubmissionGrade {
  const link = sampleExercise("ch3-link", 4);
  const net = sampleExercise("ch3-user-network", 2);
  const exercises = [
    exerciseGrade(link, [
      testGrade(plannedTest("ch3-link", "c2 reaches c1 by name"), "passed", 1.34),
      testGrade(plannedTest("ch3-link", "c1 cannot resolve c2"), "passed", 1.33),
      testGrade(plannedTest("ch3-link", "secret <check> & more", true), "failed", 1.33, 'Expected: c1 does not resolve "c2"\nReceived: it does'),
    ]),
    exerciseGrade(
      net,
      [testGrade(plannedTest("ch3-user-network", "inspect shows the subnet"), "failed", 1, "blocked"), testGrade(plannedTest("ch3-user-network", "names resolve"), "failed", 1, "blocked")],
      'exercises/ch3/user-network.ts:2 imports "../../solutions/ch3/user-network", so ch3-user-network scores 0.',
    ),
  ];
  return { name: "alice", path: "/subs/alice", graded: true, score: 2.67, maxScore: 6, exercises, notes: ["exercises/lib/x.ts is not an exercise of this course"], ms: 12_345, runs: [] };
}
