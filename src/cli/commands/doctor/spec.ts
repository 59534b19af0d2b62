import { t } from "../../../messages/translate";
import type { CommandSpec } from "../../command";

export const doctorSpec: CommandSpec = {
  name: "doctor",
  summary: () => t("cliDoctorSummary", {}),
  usage: () => t("cliDoctorUsage", {}),
  options: {},
};
