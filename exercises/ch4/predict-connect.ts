/**
 * Chapter 4, exercise 4: predict, then see.
 *
 * The test builds this on the live engine:
 *
 *   docker network create mynet
 *   docker run -d --name c1 netlab-lab sleep 86400                  (default bridge)
 *   docker run -d --name c3 netlab-lab sleep 86400                  (default bridge)
 *   docker run -d --name c2 --network mynet netlab-lab sleep 86400
 *   docker network connect mynet c1
 *
 * Before it does, say what you expect: replace each `undefined` with true or false.
 */

/** Can c1 ping c2 by its name ("ping c2" inside c1)? */
export const c1PingsC2ByName: boolean | undefined = undefined;

/** Can c3, never connected to mynet, ping c2's address? */
export const c3PingsC2: boolean | undefined = undefined;

/** Does c1 still reach c3 on the default bridge? */
export const c1StillPingsC3: boolean | undefined = undefined;
