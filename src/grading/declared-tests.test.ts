import { readDeclaredTests } from "./declared-tests";

describe("readDeclaredTests reads a jest file's tests without running it", () => {
  test("tests inside describes, with their describe titles, in order", () => {
    const source = `
      describe("ch3-link: --link", () => {
        const ex = useExercise("ch3-link", (lab) => link(lab));
        test("c2 reaches c1", async () => { expect(/x/.test("y")).toBe(false); });
        describe("inside", () => { it('nested one', () => {}); });
        test(\`a template title\`, () => {});
      });`;
    const { tests, problems } = readDeclaredTests(source, "t.test.ts");
    expect(problems).toEqual([]);
    expect(tests.map((t) => [t.ancestorTitles, t.title, t.skipped])).toEqual([
      [["ch3-link: --link"], "c2 reaches c1", false],
      [["ch3-link: --link", "inside"], "nested one", false],
      [["ch3-link: --link"], "a template title", false],
    ]);
  });

  test("test.skip and xit are declared but skipped; test.todo is not a test", () => {
    const source = `describe("x: y", () => { test.skip("a", () => {}); xit("b", () => {}); test.todo("c"); test.only("d", () => {}); });`;
    const { tests } = readDeclaredTests(source, "t.test.ts");
    expect(tests.map((t) => [t.title, t.skipped])).toEqual([["a", true], ["b", true], ["d", false]]);
  });

  test("conditional forms count as tests: testIf(cond)(...) and (cond ? test : test.skip)(...)", () => {
    const source = `
      const testIf = (c: boolean) => (c ? test : test.skip);
      const linuxOnly = testIf(process.platform === "linux");
      describe("x: y", () => {
        testIf(true)("a", () => {});
        (onLinux ? test : test.skip)("b", () => {});
      });`;
    const { tests, problems } = readDeclaredTests(source, "t.test.ts");
    expect(problems).toEqual([]);
    expect(tests.map((t) => t.title)).toEqual(["a", "b"]);
  });

  test("testNeeding's needs, also for its concurrent form and for test.concurrent", () => {
    const source = `describe("x: y", () => {
      testNeeding("legacyLinks")("a", async () => {});
      testNeeding("networkIsolation", "hostFirewall").concurrent("b", async () => {});
      test.concurrent("c", async () => {});
    });`;
    const { tests, problems } = readDeclaredTests(source, "t.test.ts");
    expect(problems).toEqual([]);
    expect(tests.map((t) => [t.title, t.needs, t.skipped])).toEqual([["a", ["legacyLinks"], false], ["b", ["networkIsolation", "hostFirewall"], false], ["c", [], false]]);
  });

  test("escapes in titles are undone, a title may sit on a line of its own, and words ending in -it or -test are no test calls", () => {
    const source = ['describe("x: y", () => {', '  it(\'c2\\\'s /etc/hosts holds "c1"\', () => {});', "  test(", '    "a title on its own line",', "    () => {},", "  );", '  await wait("x"); submit("y"); latest("z");', "});"].join("\n");
    expect(readDeclaredTests(source, "x.test.ts").tests.map((x) => x.title)).toEqual(['c2\'s /etc/hosts holds "c1"', "a title on its own line"]);
  });

  test("titles made at run time are problems, with file and line", () => {
    const source = `describe("x: y", () => {\n  test(\`n=\${n}\`, () => {});\n  test.each([1, 2])("%s", () => {});\n});`;
    const { problems } = readDeclaredTests(source, "t.test.ts");
    expect(problems).toEqual([expect.stringContaining("t.test.ts:2: a test title"), expect.stringContaining("t.test.ts:3: .each()")]);
  });
});
