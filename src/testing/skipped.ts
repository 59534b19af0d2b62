import { t } from "../messages/translate";

/**
 * Says that a check could not run here and why (a VM-based engine, unreadable iptables). The test
 * still counts: jest has no skip decided at run time, and what could be checked was checked.
 */
export function reportSkipped(check: string, reason: string): void {
  console.warn(t("checkSkipped", { check, reason }));
}
