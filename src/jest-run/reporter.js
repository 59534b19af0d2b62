// The one jest reporter of netlab: every jest run (run, watch, grade, selftest, mutants, engines)
// appends what happens to an events file, one JSON line per event (the model is events.ts), as it
// happens: a reader knows which files started and which tests ended even when the run is killed.
// A failure keeps what netlab knew when it raised it (`facts`: a message key and its parameters)
// beside the rendered text. Plain JS: jest loads reporters without transforming them.
const fs = require("node:fs");
const { capText, learnerFrames } = require("./failure-text");

const EVENTS_ENV = "NETLAB_JEST_EVENTS";
/** A failure's text in the events file: enough for any message netlab writes, bounded for a flood. */
const MAX_TEXT = 8000;

/** The facts of one thrown error as jest kept it: on the error itself, or on a matcher's result. */
function factsOf(detail) {
  if (!detail || typeof detail !== "object") return undefined;
  return detail.facts || (detail.matcherResult && detail.matcherResult.facts) || undefined;
}

function testResult(result) {
  const details = result.failureDetails || [];
  return {
    ancestorTitles: result.ancestorTitles,
    title: result.title,
    status: result.status,
    durationMs: result.duration || 0,
    failures: (result.failureMessages || []).map((text, i) => ({ text: capText(text, MAX_TEXT), facts: factsOf(details[i]), frames: learnerFrames(text) })),
  };
}

class NetlabReporter {
  constructor(_globalConfig, options) {
    this.events = (options && options.events) || process.env[EVENTS_ENV];
  }

  write(event) {
    if (this.events) fs.appendFileSync(this.events, `${JSON.stringify({ ...event, at: Date.now() })}\n`);
  }

  onRunStart() {
    this.write({ type: "run", runId: process.env.NETLAB_RUN_ID, pid: process.pid });
  }

  onTestFileStart(test) {
    this.write({ type: "fileStart", file: test.path });
  }

  onTestCaseResult(test, result) {
    this.write({ type: "test", file: test.path, test: testResult(result) });
  }

  onTestFileResult(test, result) {
    // jest's formatted text shows the code frame and the line in the learner's file; the bare message does not.
    const failedToRun = result.testExecError || result.testResults.length === 0;
    const execError = failedToRun ? result.failureMessage || (result.testExecError && result.testExecError.message) || "" : undefined;
    this.write({ type: "fileDone", file: test.path, execError: capText(execError, MAX_TEXT), tests: result.testResults.map(testResult) });
  }

  getLastError() {
    return undefined;
  }
}

module.exports = NetlabReporter;
