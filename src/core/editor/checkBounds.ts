/**
 * How the editor checks a request file as it is typed. One place for the numbers, so the README, the e2e latency
 * check and the code agree.
 */

/**
 * Validation waits this long after the last change: one check per pause in typing instead of one per keystroke,
 * short enough that the Problems view follows a pause without a visible lag.
 */
export const VALIDATION_DEBOUNCE_MS = 200;

/**
 * Above this many characters (UTF-16 code units, as the editor counts them) a file is not checked as it is typed:
 * it gets one finding saying so, and Check / Send still validate it once on demand. Real request files stay under
 * 10 KB (50 tags is the API's limit); 2 Mi is twice the 1 MB stress file the bench holds to ≤ 50 ms, and every
 * document of the bench's hostile corpus (1 MB each) is below it, so the worst case it measures is what a pause in
 * typing can cost.
 */
export const MAX_CHARS_CHECKED_AS_YOU_TYPE = 2 * 1024 * 1024;

/** Whether a changed document of `chars` characters is validated after a pause in typing. */
export function checkedAsYouType(chars: number, max = MAX_CHARS_CHECKED_AS_YOU_TYPE): boolean {
  return chars <= max;
}
