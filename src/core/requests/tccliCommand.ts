import type { ActionDefinition } from "../actions/actionDefinition";
import { createPart, isListenerWithOrigins } from "../steps/listenerWithOrigins";

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
  if (isListenerWithOrigins(request.action.name, request.params)) return listenerWithOriginsCommands(request);
  return oneCommand(request.action, request.params, request.region);
}

function oneCommand(action: TccliRequest["action"], params: TccliRequest["params"], region: string | undefined): string | undefined {
  const words = ["tccli", action.service, action.name];
  if (region !== undefined) words.push(option("region", region));
  words.push(option("version", action.version));
  for (const [name, value] of Object.entries(params)) {
    const text = argumentText(value);
    if (text === undefined) continue;
    if (text.includes("\0")) return undefined;
    words.push(option(name, text));
  }
  return words.join(" ");
}

/**
 * A listener create that names its origins is two API calls (the create takes no RealServerBindSet): the create,
 * then, commented out because it needs the IDs the create answers, the bind of each new listener once it runs.
 */
function listenerWithOriginsCommands(request: TccliRequest): string | undefined {
  const create = oneCommand(request.action, createPart(request.params), request.region);
  const bindAction = { service: request.action.service, name: "BindListenerRealServers", version: request.action.version };
  const bind = oneCommand(bindAction, { ListenerId: "LISTENER_ID", RealServerBindSet: request.params.RealServerBindSet }, request.region);
  if (create === undefined || bind === undefined) return undefined;
  return [create, "# Then, for each ID in the create's ListenerIds, once its ListenerStatus is 0 (running):", `# ${bind}`].join("\n");
}
