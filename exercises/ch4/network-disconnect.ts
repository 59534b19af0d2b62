import { Lab, notYetDone } from "netlab";

/**
 * Chapter 4, exercise 3: docker network disconnect.
 *
 * The test has built what exercise 2 built: "c1" and "c3" on the default bridge, "c2" on "mynet",
 * and c1 connected to mynet as well. Take the connection back: disconnect c1 from mynet. c1 loses
 * its interface and address on mynet, c2 can no longer reach it or resolve its name, and c1 stays
 * on the default bridge with c3.
 *
 *   docker network disconnect mynet c1
 *
 * In netlab: `lab.disconnect("mynet", "c1")`.
 */
export async function disconnectC1(lab: Lab): Promise<void> {
  // TODO: disconnect c1 from mynet.
  notYetDone('disconnect "c1" from "mynet" with lab.disconnect("mynet", "c1")');
}
