/** The most characters of one value a tooltip or message shows. */
export const MAX_VALUE_CHARS = 300;

/**
 * Any value from an API answer as one short line of text: objects as JSON, cut at MAX_VALUE_CHARS. A value too
 * deep to stringify (JSON.stringify recurses) or that cannot be stringified at all is shown as `…`, never thrown.
 */
export function shortValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === "string" ? value : typeof value === "object" && value !== null ? (JSON.stringify(value) ?? "…") : String(value);
  } catch {
    return "…";
  }
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}
