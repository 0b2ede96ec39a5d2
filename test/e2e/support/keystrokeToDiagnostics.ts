import type { Page } from "playwright-core";
import { VALIDATION_DEBOUNCE_MS } from "../../../src/core/editor/checkBounds";
import { pollUntil } from "./boundedWait";
import { readExtensionLog } from "./extensionHostLog";

/** One "Checked <file> v<N> …" line of the extension's log: a published check of a request file. */
export interface PublishedCheck {
  version: number;
  validationMs: number;
  /** From the change event of the last keystroke to the diagnostics being set. */
  afterEditMs: number;
}

/** A busy 2-core machine wakes timers late: what a keystroke may take on top of the debounce and the validation. */
export const LATENCY_SLACK_MS = 300;

const LINE = /\[requests\] Checked (\S+) v(\d+) \(\d+ chars\): validation ([\d.]+) ms, published ([\d.]+) ms after the last edit/;

/** The debounced checks of `file` the extension logged, oldest first (on-demand checks carry no edit time). */
export function publishedChecks(log: string, file: string): PublishedCheck[] {
  const out: PublishedCheck[] = [];
  for (const line of log.split("\n")) {
    const m = LINE.exec(line);
    if (m && m[1] === file) out.push({ version: Number(m[2]), validationMs: Number(m[3]), afterEditMs: Number(m[4]) });
  }
  return out;
}

/**
 * Types one space at the editor's cursor in `file` (already the active editor) and waits for the extension to log
 * the check of the version that keystroke made. The figure is the extension's own: from the change event to the
 * diagnostics set, which the issue holds to one debounce interval plus the validation time.
 */
export async function keystrokeToDiagnostics(page: Page, userDataDir: string, extensionId: string, file: string) {
  const before = Math.max(0, ...publishedChecks(readExtensionLog(userDataDir, extensionId), file).map((c) => c.version));
  await page.keyboard.type(" ");
  const check = await pollUntil(`the extension to log a check of ${file} after the keystroke`, 15_000, () =>
    publishedChecks(readExtensionLog(userDataDir, extensionId), file).find((c) => c.version > before),
  );
  return { ...check, limitMs: VALIDATION_DEBOUNCE_MS + check.validationMs + LATENCY_SLACK_MS, debounceMs: VALIDATION_DEBOUNCE_MS };
}
