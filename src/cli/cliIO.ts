/** What a CLI command touches of the process, so tests can run commands in-process. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  /** stderr is a terminal: progress may redraw one line there (`\r`); otherwise it is written as plain lines. */
  progressTTY?: boolean;
}

/** A mistake in how the command was called: exit code 2 and a one-line message, never a stack. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** A wrong file name needs no usage text; a wrong option does. */
    readonly showUsage = true,
  ) {
    super(message);
  }
}
