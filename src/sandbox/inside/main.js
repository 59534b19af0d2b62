// netlab's grading sandbox: the only program in its image besides node. It runs a learner's exercise
// files and nothing else; its only way out is this process's stdin/stdout, one JSON message a line.
// Every Lab call becomes a request to the grader, which checks it and performs it on the real Lab.
// Plain JS, no dependencies: the image holds node, its libraries and this folder.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const Module = require("node:module");
const util = require("node:util");

const ROOT = "/scratch/exercises";
const writeChannel = process.stdout.write.bind(process.stdout);
const send = (message) => writeChannel(`${JSON.stringify(message)}\n`);

// The learner's output goes to stderr (the grader caps it), never into the channel.
const toStderr = (...args) => process.stderr.write(`${util.format(...args)}\n`);
console.log = console.info = console.debug = console.warn = console.error = console.trace = toStderr;
process.stdout.write = process.stderr.write.bind(process.stderr);

// process.exit ends the sandbox, which is allowed: the grader is told how, to say so to the learner.
const realExit = process.exit.bind(process);
process.exit = (code) => {
  send({ type: "exit", call: `process.exit(${code === undefined ? "" : String(code)})` });
  realExit(typeof code === "number" ? code : 1);
};

// `import ... from "netlab"` is the Lab proxy of this folder.
const NETLAB = path.join(__dirname, "netlab.js");
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === "netlab" ? NETLAB : resolve.call(this, request, ...rest);
};
const netlab = require(NETLAB);

function errorData(err) {
  if (err && typeof err === "object") {
    if (err.name === "NotYetDoneError") return { notYetDone: String(err.todo) };
    return { name: String(err.name || "Error"), message: String(err.message), stack: String(err.stack || ""), netlab: err.netlab };
  }
  return { name: "Error", message: String(err), stack: "" };
}

/** Only data crosses: what JSON keeps (undefined stays undefined). */
function asData(value) {
  if (value === undefined) return { undefined: true };
  return { json: JSON.stringify(value) };
}

function load(rel) {
  return require(path.join(ROOT, rel));
}

async function handle(message) {
  if (message.type === "init") {
    for (const [rel, code] of Object.entries(message.files)) {
      fs.mkdirSync(path.dirname(path.join(ROOT, rel)), { recursive: true });
      fs.writeFileSync(path.join(ROOT, rel), code);
    }
    send({ type: "ready" });
  } else if (message.type === "describe") {
    // One module: loading it runs its top level, which may throw, loop or exit.
    try {
      const exports = load(message.module);
      const functions = [];
      const values = {};
      for (const [name, value] of Object.entries(exports)) {
        if (typeof value === "function") functions.push(name);
        else values[name] = asData(value);
      }
      send({ type: "described", module: message.module, functions, values });
    } catch (err) {
      send({ type: "described", module: message.module, threw: errorData(err) });
    }
  } else if (message.type === "call") {
    try {
      const fn = load(message.module)[message.export];
      if (typeof fn !== "function") throw new TypeError(`${message.export} is not a function of ${message.module}`);
      const args = message.args.map((a) => (a && a.lab === true ? netlab.lab : a.undefined ? undefined : JSON.parse(a.json)));
      const value = await fn(...args);
      send({ type: "returned", value: asData(value) });
    } catch (err) {
      send({ type: "threw", error: errorData(err) });
    }
  } else if (message.type === "ping") {
    // Answered only while the event loop is free: silence means the learner's code never yields.
    send({ type: "pong" });
  } else if (message.type === "labResult" || message.type === "labError") {
    netlab.settle(message);
  }
}

// The channel is read by a thread of its own: its end (the grader gone, or done with us) ends the
// sandbox at once, also while the learner's code spins in a loop that never yields.
const { Worker } = require("node:worker_threads");
const reader = new Worker(
  `const fs = require("node:fs");
   const { parentPort } = require("node:worker_threads");
   const chunk = Buffer.alloc(65536);
   const nap = new Int32Array(new SharedArrayBuffer(4));
   let buffered = "";
   for (;;) {
     let n = 0;
     try { n = fs.readSync(0, chunk, 0, chunk.length, null); } catch (e) { if (e.code === "EAGAIN") { Atomics.wait(nap, 0, 0, 10); continue; } n = 0; }
     if (n === 0) process.kill(process.pid, "SIGKILL");
     buffered += chunk.toString("utf8", 0, n);
     let newline;
     while ((newline = buffered.indexOf("\\n")) >= 0) {
       parentPort.postMessage(buffered.slice(0, newline));
       buffered = buffered.slice(newline + 1);
     }
   }`,
  { eval: true },
);
reader.on("message", (line) => {
  if (line) void handle(JSON.parse(line));
});
netlab.connect(send);
