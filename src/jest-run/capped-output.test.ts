import { CappedOutput } from "./capped-output";

describe("CappedOutput keeps the head and the tail of a flood", () => {
  test("small output is kept whole", () => {
    const out = new CappedOutput(100);
    out.add("hello ");
    out.add(Buffer.from("world"));
    expect(out.text()).toBe("hello world");
  });

  test("megabytes cost a fixed amount, and the cut is said", () => {
    const out = new CappedOutput(20);
    out.add("HEAD-----");
    for (let i = 0; i < 1000; i++) out.add("x".repeat(1000));
    out.add("-----TAIL");
    const text = out.text();
    expect(text.startsWith("HEAD-----x")).toBe(true);
    expect(text.endsWith("-----TAIL")).toBe(true);
    expect(text).toMatch(/\[\.\.\. \d+ characters cut \.\.\.\]/);
    expect(text.length).toBeLessThan(80);
  });
});
