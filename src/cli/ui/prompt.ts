/**
 * Asks a yes/no question on stdin and resolves true only for "y"/"yes" (or 是/好). A closed stdin
 * (a script, CI) answers no; so does no answer within timeoutMs.
 */
export function confirm(question: string, write: (text: string) => void, input: NodeJS.ReadableStream = process.stdin, timeoutMs = 5 * 60_000): Promise<boolean> {
  write(question);
  return new Promise((resolve) => {
    let buffered = "";
    const finish = (answer: boolean) => {
      clearTimeout(timer);
      input.removeListener("data", onData);
      input.removeListener("end", onEnd);
      input.removeListener("error", onEnd);
      (input as NodeJS.ReadStream).pause?.();
      resolve(answer);
    };
    const onData = (chunk: Buffer | string) => {
      buffered += chunk.toString();
      const newline = buffered.indexOf("\n");
      if (newline >= 0) finish(/^\s*(y|yes|是|好|确定)\s*$/i.test(buffered.slice(0, newline)));
    };
    const onEnd = () => finish(/^\s*(y|yes|是|好|确定)\s*$/i.test(buffered));
    const timer = setTimeout(() => finish(false), timeoutMs);
    input.on("data", onData);
    input.once("end", onEnd);
    input.once("error", onEnd);
    (input as NodeJS.ReadStream).resume?.();
  });
}
