/**
 * Chapter 1, exercise 4: predict, then see.
 *
 * The test runs three experiments on the live engine, each with two web servers on one port:
 *
 *   1. host mode:    docker run -d --name h1 --network host netlab-lab httpd -f -p 127.0.0.1:PORT
 *                    docker run -d --name h2 --network host netlab-lab httpd -f -p 127.0.0.1:PORT
 *   2. bridge mode:  docker run -d --name b1 netlab-lab httpd -f -p 80
 *                    docker run -d --name b2 netlab-lab httpd -f -p 80
 *   3. port mapping: docker run -d --name p1 -p PORT:80 netlab-lab httpd -f -p 80
 *                    docker run -d --name p2 -p PORT:80 netlab-lab httpd -f -p 80
 *
 * Before it does, say what you expect: replace each `undefined` with true or false.
 */

/** 1. Do both host-mode servers (h1 and h2) serve? */
export const bothHostServersServe: boolean | undefined = undefined;

/** 2. Do both bridge-mode servers (b1 and b2) serve on their port 80? */
export const bothBridgeServersServe: boolean | undefined = undefined;

/** 3. Does the engine start both p1 and p2, published on the same host port? */
export const bothPublishedContainersStart: boolean | undefined = undefined;
