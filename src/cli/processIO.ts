import type { CliIO } from "./cliIO";

/**
 * The real process's streams for a command. When the reader of stdout or stderr goes away (`tcaccel … | head`), the
 * write fails with EPIPE; output to that stream then stops quietly and the command ends with its own exit code,
 * instead of an unhandled 'error' event and a stack trace.
 */
export function processIO(): CliIO {
  const writer = (stream: NodeJS.WriteStream) => {
    let closed = false;
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") closed = true;
      else {
        closed = true;
        process.exitCode = 74; // EX_IOERR: the output could not be written
      }
    });
    return (text: string) => {
      if (!closed && !stream.destroyed) stream.write(text);
    };
  };
  return { stdout: writer(process.stdout), stderr: writer(process.stderr), env: process.env, progressTTY: process.stderr.isTTY === true };
}
