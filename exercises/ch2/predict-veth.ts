/**
 * Chapter 2, exercise 4: predict, then see.
 *
 * The test starts two containers on the default bridge, looks at the Docker host's interfaces
 * (`ip -o link`), then stops c1 and looks again:
 *
 *   docker run -d --name c1 netlab-lab sleep 86400
 *   docker run -d --name c2 netlab-lab sleep 86400
 *   docker stop c1
 *
 * Before it does, say what you expect: replace each `undefined` with true or false.
 */

/** Is c1's host-side veth attached to docker0 ("master docker0")? */
export const vethOnDocker0: boolean | undefined = undefined;

/** Do c1 and c2 each have their own veth on the host? */
export const vethPerContainer: boolean | undefined = undefined;

/** After `docker stop c1`, is c1's host-side veth still there? */
export const vethSurvivesStop: boolean | undefined = undefined;
