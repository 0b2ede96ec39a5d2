/**
 * An API string as literal text inside a MarkdownString: Markdown syntax is backslash-escaped and HTML's `<` and
 * `&` become entities, so a proxy named `<img src=x onerror=alert(1)>` or `[x](command:...)` shows as written and
 * is never rendered, linked or run. Line breaks become spaces (a value is one line of the tooltip).
 */
export function markdownText(value: string): string {
  return value
    .replace(/[\r\n]+/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/[\\`*_{}[\]()#+\-.!|~>:]/g, "\\$&");
}
