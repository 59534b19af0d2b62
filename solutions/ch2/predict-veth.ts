/**
 * Chapter 2, exercise 4: predict, then see.
 *
 *   docker run -d --name c1 netlab-lab sleep 86400
 *   docker run -d --name c2 netlab-lab sleep 86400
 *   docker stop c1
 */

/** Yes: the host end of the pair is plugged into the bridge. */
export const vethOnDocker0: boolean | undefined = true;

/** Yes: one pair per container; docker0 joins them all. */
export const vethPerContainer: boolean | undefined = true;

/** No: the pair goes with the container's network namespace. */
export const vethSurvivesStop: boolean | undefined = false;
