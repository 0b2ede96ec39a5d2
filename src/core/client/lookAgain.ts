import type { Clock } from "./clock";

/** A creation may take a moment to be listed: after an empty look, look again after these pauses. */
const RELOOK_DELAYS_MS: readonly number[] = [1_000, 2_000];

/**
 * Runs `look` until it finds something (anything but undefined), at most three times over three seconds.
 * Used after an ambiguous failure, to tell "not created" from "not listed yet".
 */
export async function lookAgain<T>(look: () => Promise<T | undefined>, clock: Clock, signal?: AbortSignal): Promise<T | undefined> {
  for (const pause of [0, ...RELOOK_DELAYS_MS]) {
    if (pause > 0) await clock.sleep(pause, signal);
    const found = await look();
    if (found !== undefined) return found;
  }
  return undefined;
}
