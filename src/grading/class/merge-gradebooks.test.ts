import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { toGradebookCsv } from "../../report/gradebook-csv";
import { sampleGrade } from "../../report/test-support/sample-grade";
import { mergeGradebooks, MergeError } from "./merge-gradebooks";
import { shardOf } from "./shard";

const IDS = ["ch3-link", "ch3-user-network"];
const grade = (name: string, graded = true) => ({ ...sampleGrade(), name, graded, error: graded ? undefined : "engine stuck" });

describe("netlab gradebook merge", () => {
  let dir: string;
  beforeAll(() => {
    process.env.NETLAB_LANG = "en";
  });
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-merge-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** An output folder of `netlab grade`: gradebook.csv and a folder per submission. */
  const folder = (name: string, grades: ReturnType<typeof grade>[], ids = IDS) => {
    const out = path.join(dir, name);
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, "gradebook.csv"), toGradebookCsv(ids, grades));
    for (const g of grades) {
      fs.mkdirSync(path.join(out, g.name));
      fs.writeFileSync(path.join(out, g.name, "results.json"), JSON.stringify({ execution_time: 7 }));
    }
    return out;
  };

  test("N shards merged in order give the gradebook of one run over the sorted names, folders and summary included", () => {
    const names = ["k", "b", "=a", "j", "c, jr", "i", "d", "h", "e", "g"];
    const all = names.map((n) => grade(n, n !== "d"));
    const shards = [1, 2, 3].map((index) => folder(`shard-${index}`, shardOf(all, { index, count: 3 }, (g) => g.name)));
    const result = mergeGradebooks({ out: path.join(dir, "class"), dirs: shards });
    const single = toGradebookCsv(IDS, [...all].sort((a, b) => (a.name < b.name ? -1 : 1)));
    expect(fs.readFileSync(path.join(dir, "class", "gradebook.csv"), "utf8")).toBe(single);
    expect(result).toMatchObject({ exerciseIds: IDS, rows: 10, kept: [], replaced: [] });
    expect(fs.readdirSync(path.join(dir, "class")).sort()).toEqual([...names, "gradebook.csv", "summary.md"].sort());
    expect(result.summary).toMatch(/^submission +ch3-link +ch3-user-network +total +time$/m);
    expect(result.summary).toMatch(/^d +- +- +not graded +7s$/m);
    expect(fs.readFileSync(path.join(dir, "class", "summary.md"), "utf8")).toContain("## Gradebook: 10 submission(s), 2 exercise(s)\n\n```\nsubmission");
  });

  test("into an --out with a gradebook: its other rows kept in place, rows graded again replaced in place", () => {
    const out = folder("class", [grade("alice"), grade("bob", false), grade("carol")]);
    const again = folder("again", [{ ...grade("bob"), score: 6 }, grade("dave")]);
    const result = mergeGradebooks({ out, dirs: [again] });
    expect(result.kept).toEqual(["alice", "carol"]);
    expect(fs.readFileSync(path.join(out, "gradebook.csv"), "utf8").split("\n").map((l) => l.split(",")[0])).toEqual(["submission", "alice", "bob", "carol", "dave", ""]);
    expect(fs.readFileSync(path.join(out, "gradebook.csv"), "utf8")).toContain("\nbob,2.67,0,6,6\n");
  });

  test("a submission in two folders is refused, unless the later folder is told to win", () => {
    const one = folder("one", [grade("alice"), grade("bob", false)]);
    const two = folder("two", [{ ...grade("bob"), score: 6 }]);
    const out = path.join(dir, "class");
    expect(() => mergeGradebooks({ out, dirs: [one, two] })).toThrow(MergeError);
    expect(() => mergeGradebooks({ out, dirs: [one, two] })).toThrow(/^bob was graded in two of the folders: .*one and .*two\. Nothing was merged\.[\s\S]*--duplicates later/);
    expect(fs.existsSync(out)).toBe(false);
    const result = mergeGradebooks({ out, dirs: [one, two], duplicates: "later" });
    expect(result.replaced).toEqual([{ name: "bob", from: two, over: one }]);
    expect(fs.readFileSync(path.join(out, "gradebook.csv"), "utf8")).toBe("submission,ch3-link,ch3-user-network,total,max\nalice,2.67,0,2.67,6\nbob,2.67,0,6,6\n");
  });

  test("gradebooks of other columns, non-gradebooks and rows naming a path are refused; nothing is written", () => {
    const out = path.join(dir, "class");
    const one = folder("one", [grade("alice")]);
    const other = folder("other", [grade("bob")], ["ch3-link"]);
    expect(() => mergeGradebooks({ out, dirs: [one, other] })).toThrow(/other holds grades of other exercises \(ch3-link\) than .*one \(ch3-link, ch3-user-network\)\. Nothing was merged\.\nWhy: one gradebook has one set of columns/);
    expect(() => mergeGradebooks({ out, dirs: [one, path.join(dir, "missing")] })).toThrow(/missing\/gradebook\.csv does not exist/);
    fs.writeFileSync(path.join(dir, "other", "gradebook.csv"), "name,score\nbob,1\n");
    expect(() => mergeGradebooks({ out, dirs: [other] })).toThrow(/is not a netlab gradebook: its header is "name,score"/);
    fs.writeFileSync(path.join(dir, "other", "gradebook.csv"), "submission,ch3-link,total,max\n../../etc,1,1,4\n");
    expect(() => mergeGradebooks({ out, dirs: [other] })).toThrow(/gradebook\.csv:2: the row "\.\.\/\.\.\/etc,1,1,4" does not fit the header, or its first cell is not a submission folder's name/);
    expect(fs.existsSync(out)).toBe(false);
    const taken = folder("class", [grade("carol")], ["ch3-link"]);
    expect(() => mergeGradebooks({ out: taken, dirs: [one] })).toThrow(/class already holds a gradebook of other exercises \(ch3-link\); the folders to merge have: ch3-link, ch3-user-network/);
  });
});
