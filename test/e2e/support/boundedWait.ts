/**
 * Runs a Playwright wait (or any promise-returning step) and, when it fails, replaces Playwright's long generic
 * message with one that says what a user would have been waiting for and for how long.
 */
export async function boundedWait<T>(what: string, timeoutMs: number, step: (timeoutMs: number) => Promise<T>): Promise<T> {
  try {
    return await step(timeoutMs);
  } catch (e) {
    const detail = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new Error(`Timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what} (${detail})`, { cause: e });
  }
}

/** Polls `probe` until it returns a value other than undefined, or fails after `timeoutMs` saying `what`. */
export async function pollUntil<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined> | T | undefined, intervalMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
