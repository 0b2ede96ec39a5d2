import type { Logger } from "../../../src/core/logger";

export interface LogEntry {
  level: keyof Logger;
  message: string;
  data: unknown[];
}

/** Records every log call, and renders them as one text to search for leaks. */
export class CaptureLogger implements Logger {
  readonly entries: LogEntry[] = [];
  debug = (message: string, ...data: unknown[]) => this.push("debug", message, data);
  info = (message: string, ...data: unknown[]) => this.push("info", message, data);
  warn = (message: string, ...data: unknown[]) => this.push("warn", message, data);
  error = (message: string, ...data: unknown[]) => this.push("error", message, data);

  text(levels: readonly (keyof Logger)[] = ["debug", "info", "warn", "error"]): string {
    return this.entries
      .filter((e) => levels.includes(e.level))
      .map((e) => `${e.level} ${e.message} ${JSON.stringify(e.data, (_k, v) => (v instanceof Error ? { ...v, message: v.message } : v))}`)
      .join("\n");
  }

  private push(level: keyof Logger, message: string, data: unknown[]) {
    this.entries.push({ level, message, data });
  }
}
