import type { CliIO } from "./cliIO";

/**
 * Progress while a send settles, on stderr: one line redrawn every second on a terminal, plain lines otherwise (one
 * at the start and one every 15 s, so a CI log shows the wait without filling up).
 */
export function startProgress(io: Pick<CliIO, "stderr" | "progressTTY">, message: string): { stop(): void } {
  const started = Date.now();
  const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;
  if (io.progressTTY) {
    io.stderr(`${message}`);
    const timer = setInterval(() => io.stderr(`\r\x1b[2K${message} ${elapsed()}`), 1000);
    return {
      stop: () => {
        clearInterval(timer);
        io.stderr("\r\x1b[2K");
      },
    };
  }
  io.stderr(`${message}\n`);
  const timer = setInterval(() => io.stderr(`${message} (${elapsed()})\n`), 15_000);
  return { stop: () => clearInterval(timer) };
}
