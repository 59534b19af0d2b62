#!/usr/bin/env node
// The `netlab` command. TypeScript sources run through tsx, so there is no build step to forget.

// A reader that closed the pipe early (`netlab list | head -2`) wanted no more output: drop the rest
// quietly instead of dying on an unhandled EPIPE, and let the command end normally, so that one
// that made containers (explore, run) still removes them.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err.code !== "EPIPE") throw err;
  });
}

require("tsx/cjs/api").register();
require("../src/cli/cli.ts")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
