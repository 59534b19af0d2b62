/**
 * Chapter 3, exercise 4: predict, then see.
 *
 * The test runs this experiment on the live engine:
 *
 *   docker run -d --name c1 netlab-lab sleep 86400
 *   docker run -d --name c2 --link c1 netlab-lab sleep 86400
 *
 * Before it does, say what you expect: replace each `undefined` with true or false.
 */

/** Can c2 ping c1 by its name ("ping c1" inside c2)? */
export const c2PingsC1ByName: boolean | undefined = undefined;

/** Can c1 ping c2 by its name ("ping c2" inside c1)? */
export const c1PingsC2ByName: boolean | undefined = undefined;
