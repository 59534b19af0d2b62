import http from "node:http";

/** What one HTTP request from the Docker host to 127.0.0.1:PORT showed. */
export interface HostPortResult {
  port: number;
  path: string;
  /** A TCP connection opened within the bound. */
  connected: boolean;
  /** An HTTP answer came back: its status and body. */
  status?: number;
  body: string;
  /** Why there was no (complete) answer: ECONNREFUSED, a timeout... */
  error?: string;
}

/**
 * `curl -m 2 http://127.0.0.1:PORT/PATH` from this host: is a published port (docker run -p) served?
 * Loopback only, so nothing leaves the machine. The connection gets connectMs; once it is open, a
 * server is there and the answer gets answerMs more: on a loaded machine busybox httpd starting its
 * CGI takes seconds, and a slow answer is still an answer (measured: two selftests at once, load 30,
 * missed 2 s). Bounded to connectMs + answerMs whatever the server does.
 */
export function probeHostPort(port: number, path = "/", connectMs = 2000, answerMs = 8000): Promise<HostPortResult> {
  return new Promise((resolve) => {
    let settled = false;
    let connected = false;
    let timer: NodeJS.Timeout | undefined;
    const done = (r: Omit<HostPortResult, "port" | "path" | "connected">) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ port, path, connected, ...r });
    };
    const giveUp = (ms: number) => () => {
      request.destroy();
      done({ body: "", error: `no answer within ${ms / 1000}s` });
    };
    // busybox httpd passes CGI headers on as the script wrote them (often bare LF): be lenient.
    const request = http.get({ host: "127.0.0.1", port, path, agent: false, insecureHTTPParser: true }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => done({ status: response.statusCode, body }));
      response.on("error", (err) => done({ status: response.statusCode, body, error: err.message }));
    });
    request.on("socket", (socket) =>
      socket.once("connect", () => {
        connected = true;
        clearTimeout(timer);
        timer = setTimeout(giveUp(connectMs + answerMs), answerMs);
      }),
    );
    request.on("error", (err) => done({ body: "", error: (err as NodeJS.ErrnoException).code ?? err.message }));
    timer = setTimeout(giveUp(connectMs), connectMs);
  });
}
