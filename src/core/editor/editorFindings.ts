import type { Finding } from "../validation/finding";

const AT_START = { offset: 0, length: 0, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };

/** The one finding a file too large to check as it is typed gets instead of its findings. */
export function tooLargeFinding(chars: number, max: number): Finding {
  const kib = (n: number) => Math.ceil(n / 1024).toLocaleString("en");
  return { path: "", severity: "warning", code: "too-large-to-check", target: "value", params: { size: kib(chars), max: kib(max) }, ...AT_START };
}

/**
 * What an error thrown while checking a document becomes on that document: an error, so that Send refuses a file
 * nobody could check. Only the error's name is kept: its message may quote the document.
 */
export function checkFailedFinding(error: unknown): Finding {
  return { path: "", severity: "error", code: "check-failed", target: "value", params: { error: errorName(error) }, ...AT_START };
}

/**
 * An error for the log without a word of the document: its name and where it was thrown (stack frames name our
 * code, never the text), not its message (JSON.parse and friends quote the input there).
 */
export function describeError(error: unknown): string {
  const name = errorName(error);
  if (!(error instanceof Error) || typeof error.stack !== "string") return name;
  const frames = error.stack
    .split("\n")
    .filter((l) => /^\s+at /.test(l))
    .slice(0, 5)
    .map((l) => l.trim());
  return frames.length ? `${name} ${frames.join(" ← ")}` : name;
}

function errorName(error: unknown): string {
  if (error instanceof Error) return /^\w{1,40}$/.test(error.name) ? error.name : "Error";
  return typeof error;
}
