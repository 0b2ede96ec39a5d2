import * as vscode from "vscode";
import type { StatusClass } from "../../core/model/statusClass";
import { markdownText } from "../../core/text/markdownText";
import { shortValue } from "../../core/text/shortValue";
import { statusClassText } from "./statusIcon";

/** Unix seconds of these fields are also shown as a date. */
const TIME_FIELDS = new Set(["CreateTime", "ModifyConfigTime"]);
/** More fields than any API record has; a hostile answer with thousands of keys gets a tooltip of this many. */
const MAX_FIELDS = 60;

function valueText(key: string, value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "number" && TIME_FIELDS.has(key) && value > 0) return `${value} (${new Date(value * 1000).toLocaleString(vscode.env.language)})`;
  return shortValue(value);
}

/**
 * A record's tooltip: its title, its status in words (and code), then every field the API returned, in the API's order.
 * Every API string (keys included) goes through `markdownText`: shown, never interpreted.
 */
export function recordTooltip(title: string, record: object, status?: StatusClass, statusLine?: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, false);
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendMarkdown(`**${markdownText(shortValue(title))}**`);
  // The status in the UI's language with the API's code, then what its class means ("changing, refreshed until…").
  if (statusLine) md.appendMarkdown(` — ${markdownText(shortValue(statusLine))}`);
  if (status) md.appendMarkdown(`${statusLine ? ", " : " — "}${markdownText(statusClassText(status))}`);
  md.appendMarkdown("\n\n");
  const lines: string[] = [];
  for (const key in record) {
    if (!Object.hasOwn(record, key) || key === "sandbox") continue;
    if (lines.length === MAX_FIELDS) {
      lines.push("…");
      break;
    }
    lines.push(`${markdownText(shortValue(key))}: ${markdownText(valueText(key, (record as Record<string, unknown>)[key]))}`);
  }
  md.appendMarkdown(lines.join("  \n"));
  return md;
}
