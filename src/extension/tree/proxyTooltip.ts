import * as vscode from "vscode";
import type { StatusClass } from "../../core/model/statusClass";
import { markdownText } from "./markdownText";
import { statusClassText } from "./statusIcon";

/** Unix seconds of these fields are also shown as a date. */
const TIME_FIELDS = new Set(["CreateTime", "ModifyConfigTime"]);

function valueText(key: string, value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "number" && TIME_FIELDS.has(key) && value > 0) return `${value} (${new Date(value * 1000).toLocaleString(vscode.env.language)})`;
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/**
 * A record's tooltip: its title, its status in words, then every field the API returned, in the API's order.
 * Every API string (keys included) goes through `markdownText`: shown, never interpreted.
 */
export function recordTooltip(title: string, record: object, status?: StatusClass): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, false);
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendMarkdown(`**${markdownText(title)}**`);
  if (status) md.appendMarkdown(` — ${markdownText(statusClassText(status))}`);
  md.appendMarkdown("\n\n");
  const lines = Object.entries(record)
    .filter(([key]) => key !== "sandbox")
    .map(([key, value]) => `${markdownText(key)}: ${markdownText(valueText(key, value))}`);
  md.appendMarkdown(lines.join("  \n"));
  return md;
}
