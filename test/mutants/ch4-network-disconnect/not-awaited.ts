// Mutant of ch4-network-disconnect: a wrong solution a learner writes.
// Breaks the claim: c1 is off mynet when the checks look (the disconnect is not awaited).
import { Lab } from "netlab";

export async function disconnectC1(lab: Lab): Promise<void> {
  void lab.disconnect("mynet", "c1");
}
