import { t } from "../../../messages/translate";
import { EXIT, type CommandContext } from "../../command";
import { DOCTOR_CHECKS, type CheckResult } from "../../doctor/checks";
import { displayWidth } from "../../../messages/display-width";
import { padEnd, spinnerStream, startStep } from "../../ui/progress";

const MARK: Record<CheckResult["status"], string> = { ok: "✓", warn: "!", fail: "✗", skip: "-" };

/**
 * `netlab doctor`: is the course ready to run here? Engine reachable and which kind, lab image there
 * or buildable, the course's subnets free of host routes and Docker networks, leftovers. Each
 * problem is printed with its fix; the exit code is non-zero when one blocks the course.
 */
export async function run({ stdout }: CommandContext): Promise<number> {
  const titles = DOCTOR_CHECKS.map((c) => c.title());
  const width = Math.max(...titles.map(displayWidth));
  let engineUp = true;
  let blocking = 0;
  let warnings = 0;
  stdout(t("cliDoctorHeader", {}));
  for (const [i, check] of DOCTOR_CHECKS.entries()) {
    let result: CheckResult;
    if (check.needsEngine && !engineUp) {
      result = { status: "skip", detail: t("cliDoctorSkipped", {}) };
    } else {
      const tty = spinnerStream();
      const step = tty ? startStep(titles[i] ?? "", { line: stdout, tty }) : undefined;
      try {
        result = await check.run((line) => (step ? step.update(line) : stdout(`    ${line}`)));
      } catch (err) {
        result = { status: "fail", detail: err instanceof Error ? err.message : String(err) };
      } finally {
        step?.stop();
      }
    }
    if (check.id === "engine" && result.status === "fail") engineUp = false;
    if (result.status === "fail") blocking += 1;
    if (result.status === "warn") warnings += 1;
    stdout(`  ${MARK[result.status]} ${padEnd(titles[i] ?? "", width)}  ${result.detail}`);
    if (result.fix) stdout(result.fix.split("\n").map((line, n) => `      ${n === 0 ? `${t("cliDoctorFix", {})} ` : ""}${line}`).join("\n"));
  }
  stdout("");
  if (!engineUp) {
    stdout(t("cliDoctorEngineBlocks", {}));
    return EXIT.engine;
  }
  stdout(blocking > 0 ? t("cliDoctorBlocked", { n: blocking }) : t("cliDoctorReady", { warnings }));
  return blocking > 0 ? EXIT.failed : EXIT.ok;
}
