/** The exit codes every command shares (README "Command line" and `tcaccel --help` list them). */
export const EXIT = {
  ok: 0,
  /** Findings with errors, or a preflight that blocks the send. */
  findings: 1,
  /** A usage error, a file that cannot be read, no usable credentials, or a write asked for without --yes. */
  usage: 2,
  /** Tencent Cloud (or the sandbox) refused the request, or the network failed. */
  api: 3,
} as const;
