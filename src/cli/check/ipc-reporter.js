// A jest reporter for `netlab run` and `netlab watch`: every finished test and test file goes to
// the parent process through the IPC channel as it happens, so that the learner sees each check
// as it ends and the verdict right after the file's teardown. Plain JS: jest loads reporters as is.
const send = (message) => process.send && process.send({ ...message, at: Date.now() });
const MAX_MESSAGE = 8000;

const cap = (text) => (typeof text === "string" && text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}\n[...]` : text);

class IpcReporter {
  // After jest's global setup: the run id labels every resource of this check.
  onRunStart() {
    send({ type: "start", runId: process.env.NETLAB_RUN_ID });
  }

  onTestFileStart() {
    send({ type: "fileStart" });
  }

  onTestCaseResult(_test, result) {
    send({ type: "case", title: result.title, status: result.status, ms: result.duration || 0 });
  }

  onTestFileResult(test, result) {
    const failed = result.testExecError || (result.testResults.length === 0 && result.failureMessage);
    send({
      type: "file",
      report: {
        testResults: [
          {
            name: test.path,
            message: failed ? cap(result.failureMessage || (result.testExecError && result.testExecError.message) || "") : "",
            assertionResults: result.testResults.map((a) => ({
              fullName: a.fullName,
              ancestorTitles: a.ancestorTitles,
              title: a.title,
              status: a.status,
              failureMessages: (a.failureMessages || []).map(cap),
              duration: a.duration,
            })),
          },
        ],
      },
    });
  }

  getLastError() {
    return undefined;
  }
}

module.exports = IpcReporter;
