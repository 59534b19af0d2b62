import net from "node:net";

const handedOut = new Set<number>();

/**
 * A TCP port that is free on this host right now: bind 127.0.0.1:0, read the port the kernel chose,
 * close it. Handed to an exercise as its host port, so that two runs on one engine never fight over
 * a fixed number. Never the same port twice in one process.
 */
export async function freeHostPort(attempts = 20): Promise<number> {
  for (let i = 0; i < attempts; i++) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => {
        const address = server.address();
        const chosen = typeof address === "object" && address ? address.port : 0;
        server.close(() => resolve(chosen));
      });
    });
    if (port > 0 && !handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`netlab: found no free host port on 127.0.0.1 in ${attempts} attempts`);
}
