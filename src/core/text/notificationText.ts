/** The longest notification built from outside text; VS Code shows a few lines of it anyway. */
export const MAX_NOTIFICATION_CHARS = 1_000;

/**
 * Text for a VS Code notification or status-bar message that holds outside text (API codes, RequestIds, IDs,
 * names, file names and values from a request file). Notifications render `[label](command:…)`, `(https:…)` and
 * `(file:…)` as links; a space between `]` and `(` keeps the text as written but no longer a link. Control
 * characters, line breaks and bidirectional overrides (which can make `evil‮txt.exe` read backwards) become
 * spaces, and the text is cut at MAX_NOTIFICATION_CHARS.
 */
export function notificationText(text: string): string {
  const short = text.length > MAX_NOTIFICATION_CHARS ? `${text.slice(0, MAX_NOTIFICATION_CHARS - 1)}…` : text;
  return short.replace(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]+/gu, " ").replace(/\]\(/g, "] (");
}
