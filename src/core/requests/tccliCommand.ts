import type { ActionDefinition } from "../actions/actionDefinition";

/** Single-quotes a word for POSIX shells: the only thing to escape inside is the quote itself. */
export const shellQuote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;

/** A word as typed: bare when no POSIX shell gives any of its characters a meaning, else single-quoted. */
export const shellWord = (text: string): string => (/^[A-Za-z0-9_.,:/@%+=-]+$/.test(text) ? text : shellQuote(text));

/** What a tccli command is built from: a validated file's action, parameters (no Action/Version/Region) and Region. */
export interface TccliRequest {
  action: Pick<ActionDefinition, "name" | "service" | "version">;
  params: Readonly<Record<string, unknown>>;
  region?: string;
}

/**
 * One parameter's word as tccli reads it: scalars plain (tccli converts by its api.json types), arrays and objects
 * as JSON text (tccli json-loads them). Undefined for a value tccli drops anyway (null) and for text no argv can carry.
 */
function argumentText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/**
 * `--Name value`, or `--Name=value` when the value starts with "-": argparse would otherwise read "-edge" as an
 * option and refuse the command ("expected one argument").
 */
const option = (name: string, text: string): string => (text.startsWith("-") ? shellWord(`--${name}=${text}`) : `${shellWord(`--${name}`)} ${shellWord(text)}`);

/**
 * The command that sends the request with tccli, in the per-parameter form it documents and accepts
 * (`--cli-input-json` takes only file:// paths):
 * `tccli gaap CreateProxy --region ap-shanghai --version 2018-05-29 --ProjectId 0 --TagSet '[{"TagKey":"k"}]'`.
 * Quoted for POSIX sh. Without a Region, tccli uses the profile's. Undefined when a value holds a NUL character,
 * which no command-line argument can carry.
 */
export function tccliCommand(request: TccliRequest): string | undefined {
  const words = ["tccli", request.action.service, request.action.name];
  if (request.region !== undefined) words.push(option("region", request.region));
  words.push(option("version", request.action.version));
  for (const [name, value] of Object.entries(request.params)) {
    const text = argumentText(value);
    if (text === undefined) continue;
    if (text.includes("\0")) return undefined;
    words.push(option(name, text));
  }
  return words.join(" ");
}
