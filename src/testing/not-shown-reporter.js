// A jest reporter for `npm test`: under each test file's result, the checks this engine cannot show
// (n/a, never counted as passed) with the reason, once, in place of jest's bare "skipped". The
// reasons come from the n/a log that testNeeding writes (NETLAB_NA_LOG, set by global setup).
// Plain JS: jest loads reporters without transforming them.
const fs = require("node:fs");

class NotShownReporter {
  onTestResult(test, result) {
    const log = process.env.NETLAB_NA_LOG;
    if (!log || result.numPendingTests === 0) return;
    let lines = [];
    try {
      lines = fs.readFileSync(log, "utf8").split("\n");
    } catch {
      return;
    }
    const seen = new Map();
    for (const line of lines) {
      try {
        const record = line ? JSON.parse(line) : undefined;
        if (record && record.file === test.path) seen.set(record.title, record.text);
      } catch {
        // a line still being written: the next file's report has it
      }
    }
    for (const text of seen.values()) process.stderr.write(`  \u25cb ${String(text).replace(/\n/g, "\n    ")}\n`);
  }
}

module.exports = NotShownReporter;
