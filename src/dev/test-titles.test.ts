import { testTitles } from "./test-titles";

describe("testTitles: the titles of a jest file's tests, from its source", () => {
  test("test, it, modifiers and skip helpers; quotes and escapes undone; describe titles left out", () => {
    const source = [
      'describe("ch3-link: --link makes a one-way name", () => {',
      '  test("c2 reaches c1 by name", async () => {});',
      "  it('c1 cannot resolve c2: the link is one-way', () => {});",
      '  test.skip("c2\'s /etc/hosts holds \\"c1\\"", () => {});',
      "  test.concurrent(`a template title`, async () => {});",
      '  testIf(native)("the host pings c1", async () => {});',
      '  (native ? test : test.skip)("only on Linux", async () => {});',
      "  test(",
      '    "a title on its own line",',
      "    async () => {},",
      "  );",
      "});",
    ].join("\n");
    expect(testTitles(source).sort()).toEqual(
      [
        "c2 reaches c1 by name",
        "c1 cannot resolve c2: the link is one-way",
        'c2\'s /etc/hosts holds "c1"',
        "a template title",
        "the host pings c1",
        "only on Linux",
        "a title on its own line",
      ].sort(),
    );
  });

  test("words that merely end in -it or -test are not test calls", () => {
    expect(testTitles('await wait("x"); submit("y"); latest("z");')).toEqual([]);
  });
});
