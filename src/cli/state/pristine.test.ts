import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findPristineStub, looksLikeStub, rememberStubs } from "./pristine";

const STUB = 'import { Lab, notYetDone } from "netlab";\nexport async function linkContainers(lab: Lab) {\n  notYetDone("start c1, then c2");\n}\n';
const BETTER_STUB = STUB.replace("start c1, then c2", 'start "c1", then "c2" with { links: ["c1"] }');
const DONE = 'import { Lab } from "netlab";\nexport async function linkContainers(lab: Lab) {\n  await lab.run("c1");\n}\n';

describe("finding an exercise's original stub", () => {
  let root: string;
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=Learner", "-c", "user.email=l@example.org", "-c", "commit.gpgsign=false", ...args], { cwd: root, stdio: "pipe" });
  const write = (text: string) => {
    fs.mkdirSync(path.join(root, "exercises", "ch3"), { recursive: true });
    fs.writeFileSync(path.join(root, "exercises", "ch3", "link.ts"), text);
  };
  beforeEach(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "netlab-pristine-")));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  test("a stub still calls notYetDone, or still answers undefined", () => {
    expect(looksLikeStub(STUB)).toBe(true);
    expect(looksLikeStub("export const c2PingsC1ByName: boolean | undefined = undefined;")).toBe(true);
    expect(looksLikeStub(DONE)).toBe(false);
    expect(looksLikeStub("export const c2PingsC1ByName: boolean | undefined = true;")).toBe(false);
  });

  test("from git: the newest committed stub, past the learner's own commits of finished work", () => {
    git("init", "-q");
    write(STUB);
    git("add", ".");
    git("commit", "-qm", "course");
    write(BETTER_STUB);
    git("commit", "-qam", "course: a clearer stub");
    write(DONE);
    git("commit", "-qam", "my solution");
    write(`${DONE}// more work\n`);
    const found = findPristineStub(root, "ch3/link.ts");
    expect(found?.text).toBe(BETTER_STUB);
    expect(found?.source).toMatch(/^git [0-9a-f]{7}$/);
  });

  test("without git history: the copy netlab took when it first saw the stub", () => {
    write(STUB);
    rememberStubs(root, ["ch3/link.ts", "ch9/missing.ts"]);
    write(DONE);
    rememberStubs(root, ["ch3/link.ts"]); // finished work never replaces the copy
    expect(findPristineStub(root, "ch3/link.ts")).toEqual({ text: STUB, source: path.join(".netlab", "pristine", "ch3/link.ts") });
  });

  test("neither: nothing (the command says how to get it back)", () => {
    write(DONE);
    expect(findPristineStub(root, "ch3/link.ts")).toBeUndefined();
  });
});
