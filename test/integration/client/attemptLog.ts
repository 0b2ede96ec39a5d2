import type { Logger } from "../../../src/core/logger";

/**
 * A logger that tallies how each attempt of one action ended, from the client's own debug lines
 * ("gaap.CreateProxy ok in …", "gaap.CreateProxy failed in … ms: CODE"), and keeps every line for leak checks.
 */
export class AttemptLog implements Logger {
  readonly outcomes = new Map<string, number>();
  readonly lines: string[] = [];

  constructor(private readonly label: string) {}

  debug = (message: string, ...data: unknown[]) => {
    this.keep(message, data);
    if (!message.startsWith(this.label + " ")) return;
    const ok = / ok in /.test(message);
    const failed = / failed in \d+ ms: (\S+)/.exec(message);
    const key = ok ? "ok" : failed ? failed[1]! : undefined;
    if (key) this.outcomes.set(key, (this.outcomes.get(key) ?? 0) + 1);
  };
  info = (message: string, ...data: unknown[]) => this.keep(message, data);
  warn = (message: string, ...data: unknown[]) => this.keep(message, data);
  error = (message: string, ...data: unknown[]) => this.keep(message, data);

  get attempts(): number {
    return [...this.outcomes.values()].reduce((a, b) => a + b, 0);
  }

  summary(): string {
    return [...this.outcomes.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(", ");
  }

  private keep(message: string, data: unknown[]) {
    this.lines.push(`${message} ${JSON.stringify(data)}`);
  }
}
