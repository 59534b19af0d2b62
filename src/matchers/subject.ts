import { LabContainer } from "../lab/lab-container";
import { t } from "../messages/translate";

/** The subject of a lab matcher must be a LabContainer; anything else is a Matcher error. */
export function labContainerSubject(matcher: string, received: unknown): LabContainer {
  if (received instanceof LabContainer) return received;
  const shown = typeof received === "string" ? JSON.stringify(received) : Object.prototype.toString.call(received);
  throw new Error(t("matcherSubject", { matcher, received: shown }));
}
