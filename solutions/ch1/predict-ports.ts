/**
 * Chapter 1, exercise 4: predict, then see.
 *
 *   1. host mode:    h1 and h2, --network host, both httpd on 127.0.0.1:PORT
 *   2. bridge mode:  b1 and b2 on the default bridge, both httpd on port 80
 *   3. port mapping: p1 and p2, both -p PORT:80
 */

/** No: in host mode both bind the Docker host's one port; h2 gets "Address in use" and exits. */
export const bothHostServersServe: boolean | undefined = false;

/** Yes: each bridge container has its own network namespace, with its own port 80. */
export const bothBridgeServersServe: boolean | undefined = true;

/** No: the host port is taken by p1; the engine refuses p2 ("port is already allocated"). */
export const bothPublishedContainersStart: boolean | undefined = false;
