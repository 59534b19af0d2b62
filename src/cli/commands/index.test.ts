import { commands } from ".";
import { helpText } from "../cli";

describe("the command registry", () => {
  test("every command loads from its folder, under a unique name, in the order of the help", () => {
    const names = commands.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 9)).toEqual(["doctor", "list", "watch", "run", "hint", "explore", "progress", "reset", "clean"]);
    for (const command of commands) {
      expect(command.summary.length).toBeGreaterThan(10);
      expect(command.usage.length).toBeGreaterThan(10);
    }
  });

  test.each(["en", "zh"])("each command takes exactly the --flags its usage explains (%s)", (lang) => {
    const saved = process.env.NETLAB_LANG;
    process.env.NETLAB_LANG = lang;
    try {
      for (const command of commands) {
        const explained = [...new Set(command.usage.match(/--[a-z][a-z-]*/g) ?? [])].map((f) => f.slice(2)).sort();
        expect([command.name, explained]).toEqual([command.name, [...command.options].sort()]);
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
      for (const command of commands) expect(help).toContain(`  ${command.name} `);
      for (const code of ["0", "1", "2", "3", "70"]) expect(help).toMatch(new RegExp(`^  ${code} `, "m"));
    } finally {
      process.env.NETLAB_LANG = saved;
    }
  });
});
