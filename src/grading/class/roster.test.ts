import { parseRoster, repositoryUrl, RosterError } from "./roster";

const SHA = "3f2a9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b";

/** The problems of a roster, or [] when it reads. */
function problems(text: string): string[] {
  try {
    parseRoster(text, "roster.csv");
    return [];
  } catch (err) {
    if (err instanceof RosterError) return err.problems;
    throw err;
  }
}

describe("the roster", () => {
  beforeAll(() => {
    process.env.NETLAB_LANG = "en";
  });

  test("reads a student a line: a commit or a deadline, columns in any order, blank lines and a BOM skipped", () => {
    const roster = parseRoster(`\uFEFFstudent,repository,commit,deadline\r\nalice,org/net-alice,${SHA},\r\n\r\n"bob",org/net-bob,,2025-05-01T23:59:00+08:00\n`);
    expect(roster).toEqual([
      { student: "alice", repository: "org/net-alice", commit: SHA, line: 2 },
      { student: "bob", repository: "org/net-bob", deadline: "2025-05-01T23:59:00+08:00", line: 4 },
    ]);
    expect(parseRoster(`repository,student,deadline\n/srv/git/carol.git,carol,2025-05-01T15:59:00Z\n`)[0]).toMatchObject({ student: "carol", repository: "/srv/git/carol.git" });
  });

  test("every problem at once, each as file:line:column (column name): what is wrong", () => {
    const text = [
      "student,repository,commit,deadline",
      `alice,org/net-alice,${SHA},`,
      `alice,org/net-alice2,${SHA},`,
      `b ob,org/x,${SHA},`,
      `carol,not a repo,${SHA},`,
      "dave,org/dave,3f2a9c0,",
      "erin,org/erin,,May 1st",
      `frank,org/frank,${SHA},2025-05-01T23:59:00Z`,
      "gina,org/gina,,",
      "hal,org/hal",
      "ivan,http://example.org/ivan.git,,2025-05-01T23:59:00Z",
    ].join("\n");
    const found = problems(text);
    expect(found).toEqual([
      "roster.csv:3:1 (student): alice is already on line 2; every student once",
      expect.stringMatching(/^roster\.csv:4:1 \(student\): "b ob" is not a usable student name: letters, digits/),
      expect.stringMatching(/^roster\.csv:5:2 \(repository\): "not a repo" is not a repository: owner\/name \(GitHub\)/),
      expect.stringMatching(/^roster\.csv:6:3 \(commit\): "3f2a9c0" is not a full commit id \(40 lowercase hex digits/),
      expect.stringMatching(/^roster\.csv:7:4 \(deadline\): "May 1st" is not a deadline: ISO 8601 with a time zone/),
      expect.stringMatching(/^roster\.csv:8:4 \(deadline\): both a commit and a deadline; give one/),
      "roster.csv:9:3 (commit): neither a commit nor a deadline; give one of them",
      expect.stringMatching(/^roster\.csv:10: 2 cell\(s\) where the header \(student,repository,commit,deadline\) has 4/),
      expect.stringMatching(/^roster\.csv:11:2 \(repository\): "http:\/\/example\.org\/ivan\.git" is not a repository/),
    ]);
  });

  test("a header that is not a roster's says which column is wrong or missing", () => {
    expect(problems("")).toEqual([expect.stringMatching(/^roster\.csv:1: the roster is empty; its first line is the header: student,repository,commit,deadline/)]);
    expect(problems("student,repo,commit\n")).toEqual([
      'roster.csv:1:2 (repo): "repo" is not a roster column; the columns are student, repository, commit, deadline',
      "roster.csv:1: the header has no repository column",
    ]);
    expect(problems("student,repository,student\n")).toEqual(['roster.csv:1:3 (student): the column "student" is in the header twice', "roster.csv:1: the header has no commit or deadline column"]);
  });

  test("the error message counts the problems and shows the expected header", () => {
    try {
      parseRoster("student,repository,commit\nalice,org/a,xyz\n");
      throw new Error("no error");
    } catch (err) {
      expect((err as Error).message).toMatch(/^The roster has 1 problem\(s\); nothing was fetched:\n- roster\.csv:2:3 \(commit\)[\s\S]*student,repository,commit,deadline/);
    }
  });

  test("owner/name is a GitHub repository; paths become file:// URLs; URLs stay", () => {
    expect(repositoryUrl("org/net-alice")).toBe("https://github.com/org/net-alice.git");
    expect(repositoryUrl("/srv/git/a.git")).toBe("file:///srv/git/a.git");
    expect(repositoryUrl("https://git.example.edu/a/b.git")).toBe("https://git.example.edu/a/b.git");
  });
});
