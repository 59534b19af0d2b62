import { commands } from ".";
import { helpText } from "../cli";

describe("the command registry", () => {
  test("every command loads from its folder, under a unique name, in the order of the help", () => {
    const names = commands.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 9)).toEqual(["doctor", "list", "watch", "run", "hint", "explore", "progress", "reset", "clean"]);
    for (const command of commands) {
      expect(command.spec().summary().length).toBeGreaterThan(10);
      expect(command.spec().usage().length).toBeGreaterThan(10);
      expect(typeof command.load().run).toBe("function");
    }
  });

  test("each option is declared with a line saying what it is for, its default of its type, and no short form twice", () => {
    for (const { name, spec } of commands) {
      const { options } = spec();
      const shorts = Object.values(options).flatMap((o) => (o.short ? [o.short] : []));
      expect([name, new Set([...shorts, "h"]).size]).toEqual([name, shorts.length + 1]);
      for (const [flag, option] of Object.entries(options)) {
        expect([name, flag, option.description.length > 10 && !option.description.includes("\n")]).toEqual([name, flag, true]);
        if (option.default !== undefined) expect([name, flag, option.type]).toEqual([name, flag, "string"]);
      }
    }
  });

  test.each(["en", "zh"])("each command takes exactly the --flags its usage explains (%s)", (lang) => {
    const saved = process.env.NETLAB_LANG;
    process.env.NETLAB_LANG = lang;
    try {
      for (const { name, spec } of commands) {
        const explained = [...new Set(spec().usage().match(/--[a-z][a-z-]*/g) ?? [])].map((f) => f.slice(2)).sort();
        expect([name, explained]).toEqual([name, Object.keys(spec().options).sort()]);
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
      for (const { name } of commands) expect(help).toContain(`  ${name} `);
      for (const code of ["0", "1", "2", "3", "70"]) expect(help).toMatch(new RegExp(`^  ${code} `, "m"));
    } finally {
      process.env.NETLAB_LANG = saved;
    }
  });
});
