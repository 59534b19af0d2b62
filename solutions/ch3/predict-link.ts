/**
 * Chapter 3, exercise 4: predict, then see.
 *
 *   docker run -d --name c1 netlab-lab sleep 86400
 *   docker run -d --name c2 --link c1 netlab-lab sleep 86400
 */

/** Yes: the link wrote "c1" into c2's /etc/hosts. */
export const c2PingsC1ByName: boolean | undefined = true;

/** No: nothing was written into c1, and the default bridge has no DNS. */
export const c1PingsC2ByName: boolean | undefined = false;
