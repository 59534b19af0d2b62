import { Lab } from "netlab";

/**
 * Chapter 4, exercise 3: docker network disconnect.
 *
 *   docker network disconnect mynet c1
 */
export async function disconnectC1(lab: Lab): Promise<void> {
  await lab.disconnect("mynet", "c1");
}
