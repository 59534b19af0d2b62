// Preloaded with `node --require` (NODE_OPTIONS): when the process ends, writes every module it
// loaded, one path a line, to $NETLAB_LOADS_FILE. The help test reads it to see what --help costs.
process.on("exit", () => require("node:fs").writeFileSync(process.env.NETLAB_LOADS_FILE, Object.keys(require.cache).join("\n")));
