import { displayWidth } from "./display-width";

describe("displayWidth (columns in a terminal)", () => {
  test("Latin text takes one column a character", () => {
    expect(displayWidth("Expected:")).toBe(9);
    expect(displayWidth("")).toBe(0);
  });

  test("Chinese, Japanese and Korean take two, as do their punctuation and fullwidth forms", () => {
    expect(displayWidth("期望：")).toBe(6);
    expect(displayWidth("原因")).toBe(4);
    expect(displayWidth("ネット")).toBe(6);
    expect(displayWidth("한국어")).toBe(6);
    expect(displayWidth("ＡＢ")).toBe(4);
    expect(displayWidth("「」")).toBe(4);
  });

  test("the ranges both former copies counted: radicals and Yi (the CLI's), ideographic space (the matchers')", () => {
    expect(displayWidth("⺀")).toBe(2);
    expect(displayWidth("ꀀ")).toBe(2);
    expect(displayWidth("\u3000")).toBe(2);
  });

  test("halfwidth katakana and halfwidth forms are narrow", () => {
    expect(displayWidth("ｱｲｳ")).toBe(3);
    expect(displayWidth("￨")).toBe(1);
  });

  test("mixed text adds up", () => {
    expect(displayWidth("c1 不可达")).toBe(9);
  });
});
