import { t } from "../../../messages/translate";
import type { CommandSpec } from "../../command";

export const spec: CommandSpec = {
  summary: () => t("cliDoctorSummary", {}),
  usage: () => t("cliDoctorUsage", {}),
  options: {},
};
