import { commands } from ".";
import { helpText } from "../cli";

describe("the command registry", () => {
  test("every command loads from its folder, under a unique name, in the order of the help", () => {
    const names = commands.map((c) => c.spec.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 9)).toEqual(["doctor", "list", "watch", "run", "hint", "explore", "progress", "reset", "clean"]);
    for (const { spec, load } of commands) {
      expect(spec.summary().length).toBeGreaterThan(10);
      expect(spec.usage().length).toBeGreaterThan(10);
      expect(typeof load().run).toBe("function");
    }
  });

  test("each option is declared with a line saying what it is for, its default of its type, and no short form twice", () => {
    for (const { spec } of commands) {
      const shorts = Object.values(spec.options).flatMap((o) => (o.short ? [o.short] : []));
      expect([spec.name, new Set([...shorts, "h"]).size]).toEqual([spec.name, shorts.length + 1]);
      for (const [name, option] of Object.entries(spec.options)) {
        expect([spec.name, name, option.description.length > 10 && !option.description.includes("\n")]).toEqual([spec.name, name, true]);
        if (option.default !== undefined) expect([spec.name, name, option.type]).toEqual([spec.name, name, "string"]);
      }
    }
  });

  test.each(["en", "zh"])("each command takes exactly the --flags its usage explains (%s)", (lang) => {
    const saved = process.env.NETLAB_LANG;
    process.env.NETLAB_LANG = lang;
    try {
      for (const { spec } of commands) {
        const explained = [...new Set(spec.usage().match(/--[a-z][a-z-]*/g) ?? [])].map((f) => f.slice(2)).sort();
        expect([spec.name, explained]).toEqual([spec.name, Object.keys(spec.options).sort()]);
      }
    } finally {
      process.env.NETLAB_LANG = saved;
    }
  });

  test.each(["en", "zh"])("the help lists every command and the exit codes (%s)", (lang) => {
    const saved = process.env.NETLAB_LANG;
    process.env.NETLAB_LANG = lang;
    try {
      const help = helpText();
      for (const { spec } of commands) expect(help).toContain(`  ${spec.name} `);
      for (const code of ["0", "1", "2", "3", "70"]) expect(help).toMatch(new RegExp(`^  ${code} `, "m"));
    } finally {
      process.env.NETLAB_LANG = saved;
    }
  });
});
