// zod/mini: the same checks at a twentieth of the size, which matters in the webview's bundle.
import * as z from "zod/mini";

/**
 * The preflight panel's messages, both ways, and the state the webview keeps across hide and reload. Both sides
 * import this module; each checks what it receives with the schemas below before acting on it, because a webview
 * is another process and its state comes back from disk.
 *
 * The extension words everything that depends on the request or the answer (in the user's language); the webview
 * words only its own chrome, from the string table it receives. Every string here is rendered as text.
 */

/** The chrome of the panel; the extension sends them translated (`preflightStrings.ts`). */
export const PREFLIGHT_STRING_KEYS = [
  "create",
  "apply",
  "cancel",
  "checkAgain",
  "useThis",
  "showInFile",
  "current",
  "target",
  "loading",
  "code",
  "requestId",
  "whatToDo",
  "serverMessage",
  "sendDisabled",
] as const;

export type PreflightStringKey = (typeof PREFLIGHT_STRING_KEYS)[number];
export type PreflightStrings = Record<PreflightStringKey, string>;

export const stringTableSchema = z.object(Object.fromEntries(PREFLIGHT_STRING_KEYS.map((k) => [k, z.string()])) as Record<PreflightStringKey, z.ZodMiniString>);

const PHASES = [
  /** Gathering the checks; Cancel stops it. */
  "checking",
  /** The checks are shown; the send button is there, enabled only when nothing blocks it. */
  "ready",
  /** The billable call is in flight: it cannot be taken back, so there is no Cancel. */
  "sending",
  /** Sent; following the resource until it settles. Cancel stops following, not the change. */
  "following",
  "done",
  /** The send failed; the error is explained. */
  "failed",
  /** The checks were cancelled. */
  "cancelled",
  /** The window reloaded while sending or following: the outcome is for the Proxies view to tell. */
  "interrupted",
] as const;

export type Phase = (typeof PHASES)[number];

const tone = z.enum(["good", "bad", "changed", "muted"]);
const optionalString = z.optional(z.string());
const status = z.enum(["loading", "ok", "warning", "error", "info"]);

const errorViewSchema = z.object({
  code: z.string(),
  what: z.string(),
  todo: z.string(),
  requestId: z.string(),
  /** The server's own words, when they add something to the explanation. */
  message: optionalString,
  /** JSON pointer of the parameter the error concerns; the panel offers to show it in the file. */
  path: optionalString,
});

const row = z.object({ label: z.string(), value: z.string(), tone: z.optional(tone), mono: z.optional(z.boolean()) });

const item = z.object({
  severity: z.enum(["error", "warning", "info", "ok"]),
  text: z.string(),
  /** A parameter in the request file: "show in file" reveals it. */
  path: optionalString,
  /** A suggestion the extension can write into the file ("use this"); the ID is the extension's own. */
  suggestionId: optionalString,
});

const diffRow = z.object({ label: z.string(), current: z.string(), target: z.string(), changed: z.boolean() });

/** A list of allowed values with the chosen one marked. */
const choice = z.object({ label: z.string(), values: z.array(z.string()), selected: optionalString });

const sectionSchema = z.object({
  id: z.string(),
  title: z.string(),
  status,
  summary: optionalString,
  rows: z.optional(z.array(row)),
  diff: z.optional(z.array(diffRow)),
  choices: z.optional(z.array(choice)),
  items: z.optional(z.array(item)),
  error: z.optional(errorViewSchema),
});

const viewSchema = z.object({
  /** Changes whenever what the panel shows changes; a send names the revision the user saw. */
  revision: z.int(),
  action: z.string(),
  title: z.string(),
  subtitle: z.string(),
  phase: z.enum(PHASES),
  /** Absent for requests that are not sent from the panel (CheckProxyCreate runs at once). */
  send: z.optional(z.object({ kind: z.enum(["create", "apply"]), enabled: z.boolean(), blockers: z.array(z.string()) })),
  /** One line about what is going on (checking, sending, following). */
  progress: optionalString,
  notice: optionalString,
  sections: z.array(sectionSchema),
  /** After a send: the new ID, RequestId, ClientToken, status. */
  outcome: z.optional(z.object({ title: z.string(), status, rows: z.array(row) })),
  error: z.optional(errorViewSchema),
});

/** What the webview persists (`setState`) and the serializer gets back after a reload. Never a secret. */
export const panelStateSchema = z.object({
  v: z.literal(1),
  /** The request file the panel is about. */
  uri: z.string(),
  /** The token a billable send uses, kept so that a reload cannot turn one request into two. */
  clientToken: optionalString,
  view: viewSchema,
  /** A listener-with-origins run that did not finish (listenerStepRun.ts), so that a reload can resume it; checked again on the way back. */
  run: z.optional(z.object({ fingerprint: z.string(), state: z.unknown() })),
});

export type ErrorView = z.infer<typeof errorViewSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type PreflightView = z.infer<typeof viewSchema>;
export type PanelState = z.infer<typeof panelStateSchema>;
export type Row = z.infer<typeof row>;
export type Item = z.infer<typeof item>;
export type DiffRow = z.infer<typeof diffRow>;
export type Choice = z.infer<typeof choice>;
export type SectionStatus = z.infer<typeof status>;

/** Extension → webview. */
export const toWebviewSchema = z.discriminatedUnion("type", [
  /** The answer to `ready`: the chrome's strings. */
  z.object({ type: z.literal("init"), strings: stringTableSchema }),
  z.object({ type: z.literal("state"), state: panelStateSchema }),
]);

/** Webview → extension. */
export const fromWebviewSchema = z.discriminatedUnion("type", [
  /** The page has loaded and listens: the extension sends nothing before this. */
  z.object({ type: z.literal("ready") }),
  /** Create or Apply, for what the user saw at `revision`. */
  z.object({ type: z.literal("send"), revision: z.int() }),
  z.object({ type: z.literal("cancel") }),
  z.object({ type: z.literal("recheck") }),
  z.object({ type: z.literal("reveal"), path: z.string().check(z.maxLength(200)) }),
  z.object({ type: z.literal("useSuggestion"), id: z.string().check(z.maxLength(100)) }),
]);

export type ToWebview = z.infer<typeof toWebviewSchema>;
export type FromWebview = z.infer<typeof fromWebviewSchema>;

/** Parses a message from the other side; undefined (and nothing done) for anything that does not fit. */
export function parseMessage<T>(schema: { safeParse(data: unknown): { success: true; data: T } | { success: false } }, data: unknown): T | undefined {
  const result = schema.safeParse(data);
  return result.success ? result.data : undefined;
}
