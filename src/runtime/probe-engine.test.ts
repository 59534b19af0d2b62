import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import https from "node:https";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { probeEngine } from "./probe-engine";

// A stand-in for a TLS engine on loopback: a self-signed certificate for 127.0.0.1, /version answered.
let home: string;
let server: https.Server;
let port: number;

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-probe-tls-"));
  const key = path.join(home, "server-key.pem");
  const cert = path.join(home, "server-cert.pem");
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"], { stdio: "ignore" });
  server = https.createServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert) }, (_req, res) => res.end(JSON.stringify({ Version: "99.0.0", ApiVersion: "1.99" })));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(home, { recursive: true, force: true });
});

/** A tcp context to the stand-in, as the docker CLI stores it; with the server's certificate as its CA or not. */
function tlsContext(name: string, options: { ca: boolean; skipVerify: boolean }): NodeJS.ProcessEnv {
  const id = createHash("sha256").update(name).digest("hex");
  const meta = path.join(home, ".docker", "contexts", "meta", id);
  fs.mkdirSync(meta, { recursive: true });
  fs.writeFileSync(path.join(meta, "meta.json"), JSON.stringify({ Name: name, Endpoints: { docker: { Host: `tcp://127.0.0.1:${port}`, SkipTLSVerify: options.skipVerify } } }));
  if (options.ca) {
    const tls = path.join(home, ".docker", "contexts", "tls", id, "docker");
    fs.mkdirSync(tls, { recursive: true });
    fs.copyFileSync(path.join(home, "server-cert.pem"), path.join(tls, "ca.pem"));
  }
  return { HOME: home, DOCKER_CONTEXT: name };
}

describe("probeEngine on a TLS endpoint", () => {
  test("a context with its CA: https, the certificate verified", async () => {
    await expect(probeEngine(5_000, tlsContext("tls-ca", { ca: true, skipVerify: false }))).resolves.toMatchObject({ ok: true, detail: "Docker 99.0.0 (API 1.99)", endpoint: `tcp://127.0.0.1:${port}` });
  });

  test("a context made with skip-tls-verify: https, the certificate not checked", async () => {
    await expect(probeEngine(5_000, tlsContext("tls-skip", { ca: false, skipVerify: true }))).resolves.toMatchObject({ ok: true });
  });

  test("DOCKER_HOST with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH: the CA of that folder; without it the certificate is refused", async () => {
    const certs = path.join(home, "certs");
    fs.mkdirSync(certs, { recursive: true });
    fs.copyFileSync(path.join(home, "server-cert.pem"), path.join(certs, "ca.pem"));
    const env = { HOME: home, DOCKER_HOST: `tcp://127.0.0.1:${port}`, DOCKER_TLS_VERIFY: "1" };
    await expect(probeEngine(5_000, { ...env, DOCKER_CERT_PATH: certs })).resolves.toMatchObject({ ok: true });
    await expect(probeEngine(5_000, { ...env, DOCKER_CERT_PATH: path.join(home, "none") })).resolves.toMatchObject({ ok: false, detail: expect.stringMatching(/SELF_SIGNED|self[- ]signed/i) });
  });
});
