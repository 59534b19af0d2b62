/**
 * Chapter 4, exercise 4: predict, then see.
 *
 *   docker network create mynet
 *   docker run -d --name c1 netlab-lab sleep 86400                  (default bridge)
 *   docker run -d --name c3 netlab-lab sleep 86400                  (default bridge)
 *   docker run -d --name c2 --network mynet netlab-lab sleep 86400
 *   docker network connect mynet c1
 */

/** Yes: c1 is a member of mynet now, and mynet's DNS answers members' names. */
export const c1PingsC2ByName: boolean | undefined = true;

/** No: only c1 was connected; c3 has no interface on mynet. */
export const c3PingsC2: boolean | undefined = false;

/** Yes: connect adds a network; c1 keeps its eth0 on the default bridge. */
export const c1StillPingsC3: boolean | undefined = true;
