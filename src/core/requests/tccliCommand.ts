import { getAction } from "../actions/registry";

const COMMON = new Set(["Action", "Version", "Region"]);

/** Single-quotes a word for POSIX shells: the only thing to escape inside is the quote itself. */
export const shellQuote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;

/**
 * The tccli command that sends a request: `tccli gaap|teo <Action> --cli-input-json '<params>'`, the parameters
 * without Action, Version and Region (tccli takes those from the command and its configuration).
 */
export function tccliCommand(request: Record<string, unknown>): string | undefined {
  const action = typeof request.Action === "string" ? getAction(request.Action) : undefined;
  if (!action) return undefined;
  const params = Object.fromEntries(Object.entries(request).filter(([k]) => !COMMON.has(k)));
  return `tccli ${action.service} ${action.name} --cli-input-json ${shellQuote(JSON.stringify(params))}`;
}
