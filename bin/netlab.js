#!/usr/bin/env node
// The `netlab` command. TypeScript sources run through tsx, so there is no build step to forget.
require("tsx/cjs/api").register();
require("../src/cli/cli.ts")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
