// A jest reporter for `netlab grade`: appends one JSON line per event to a file, as it happens, so
// that the grader knows which test files started and finished even when it has to kill the run.
// Plain JS: jest loads reporters without transforming them.
const fs = require("node:fs");

class GradingReporter {
  constructor(_globalConfig, options) {
    this.events = options.events;
    this.maxMessage = options.maxMessage || 8000;
  }

  write(event) {
    fs.appendFileSync(this.events, `${JSON.stringify({ ...event, at: Date.now() })}\n`);
  }

  cap(text) {
    if (typeof text !== "string") return undefined;
    return text.length <= this.maxMessage ? text : `${text.slice(0, this.maxMessage)}\n[... ${text.length - this.maxMessage} more characters cut]`;
  }

  // After jest's global setup: the run id it chose labels every resource of this run.
  onRunStart() {
    this.write({ type: "run", runId: process.env.NETLAB_RUN_ID, pid: process.pid });
  }

  onTestFileStart(test) {
    this.write({ type: "start", file: test.path });
  }

  onTestFileResult(test, result) {
    // jest's formatted text shows the code frame and the line in the learner's file; the bare message does not.
    const failedToRun = result.testExecError || result.testResults.length === 0;
    const execError = failedToRun ? result.failureMessage || (result.testExecError && result.testExecError.message) || "" : undefined;
    this.write({
      type: "result",
      file: test.path,
      execError: this.cap(execError),
      tests: result.testResults.map((a) => ({
        ancestorTitles: a.ancestorTitles,
        title: a.title,
        status: a.status,
        failureMessages: (a.failureMessages || []).slice(0, 3).map((m) => this.cap(m)),
        durationMs: a.duration || 0,
      })),
    });
  }

  getLastError() {
    return undefined;
  }
}

module.exports = GradingReporter;
