/**
 * The caller cancelled (AbortSignal). Named "AbortError" like the platform's, so code that already checks for
 * that name (and the VS Code layer, which stays silent on a user's cancel) recognises it.
 */
export class CancelledError extends Error {
  override readonly name = "AbortError";
  constructor(message = "cancelled") {
    super(message);
  }
}

export const isCancelled = (e: unknown): boolean => e instanceof Error && e.name === "AbortError";

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}
