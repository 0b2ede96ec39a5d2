import type * as z from "../zod";
import type { PreflightCloud } from "../preflight/preflightCloud";
import type { PreflightReport } from "../preflight/preflightReport";
import type { SendCloud, Sent } from "../preflight/sendChecked";
import type { PathFinding } from "../validation/finding";
import type { Bilingual } from "./param";

export type Service = "gaap" | "teo";

/** A request as read from a file: parameters by name, integers already coerced from decimal strings. */
export type RequestParams = Readonly<Record<string, unknown>>;

/** The API error a conflict-rule code stands for, as the sandbox answers it (the API's own code). */
export interface RuleApiError {
  code: string;
  /** MissingParameter names the parameter. */
  name?: string;
  /** InvalidParameter carries a reason, worded in both languages. */
  reason?: Bilingual;
}

/**
 * What the panel gathers before a send. It also runs on a file with errors (they become a blocker), so it reads
 * the parameters as they are, untyped, and checks each value it uses.
 */
export type Preflight = (params: RequestParams, findings: readonly PathFinding[], cloud: PreflightCloud, signal?: AbortSignal) => Promise<PreflightReport>;

/** What a direct send answers: the API's answer, to show as it is. */
export type DirectAnswer = Readonly<Record<string, unknown>>;

/** A narrow view of the cloud for reads sent directly (no writes in it). */
export type DirectCloud = PreflightCloud;

/**
 * How Send reaches the API, typed by the action's validated parameters (`P` is `z.infer` of its `params`).
 * - "preflight": the panel looks first (`preflight`); `write` sends from the panel (every billable action has one;
 *   so do writes that change what carries traffic, such as listeners and forwarding rules).
 * - "direct": a read, sent at once; its answer is shown.
 */
export type SendRoute<P> =
  | {
      kind: "preflight";
      preflight: Preflight;
      write?: { kind: "create" | "apply"; send(params: P, cloud: SendCloud, clientToken: string, signal?: AbortSignal): Promise<Sent> };
    }
  | { kind: "direct"; send(params: P, cloud: DirectCloud, signal?: AbortSignal): Promise<DirectAnswer> };

/** An action's module as written: everything that differs per action, typed by its own parameters. */
export interface ActionSpec<N extends string, P extends z.ZodObject> {
  name: N;
  service: Service;
  /** The API version the action belongs to (the request file's optional `Version`). */
  version: string;
  /** Sending it costs money or changes a billed resource, so the editor sends it through the preflight panel. */
  billable: boolean;
  doc: Bilingual;
  /** Every documented parameter except the common Action, Version and Region. */
  params: P;
  /** Conflicts between parameters, from the official docs (offline: no account needed). */
  rules(request: RequestParams): PathFinding[];
  /** The API error each rule code stands for, so the sandbox refuses as the API does (unlisted: InvalidParameter). */
  ruleErrors?: Readonly<Record<string, RuleApiError>>;
  /** A new request file's content; also the sample the docs and tests use. Its Action is the action's name. */
  template: { Action: NoInfer<N>; Version?: string; [parameter: string]: unknown };
  send: SendRoute<z.infer<P>>;
}

/** The route as the rest of the code calls it: parameters are checked against the action's model on the way in. */
export type CheckedRoute =
  | {
      kind: "preflight";
      preflight: Preflight;
      write?: { kind: "create" | "apply"; send(params: RequestParams, cloud: SendCloud, clientToken: string, signal?: AbortSignal): Promise<Sent> };
    }
  | { kind: "direct"; send(params: RequestParams, cloud: DirectCloud, signal?: AbortSignal): Promise<DirectAnswer> };

/** One API action: its parameters, its conflict rules, its template and how it is sent. */
export interface ActionDefinition<N extends string = string, P extends z.ZodObject = z.ZodObject> extends Omit<ActionSpec<N, P>, "send"> {
  send: CheckedRoute;
}

/**
 * Makes an action's module into its definition. The sends get parameters typed by the action's own model (so SDK
 * calls type-check without casts): they are parsed with it on the way in, which only fails when a caller sends a
 * request whose findings had errors (a programming error: Send refuses such a file).
 */
export function defineAction<const N extends string, P extends z.ZodObject>(spec: ActionSpec<N, P>): ActionDefinition<N, P> {
  const typed = (raw: RequestParams): z.infer<P> => spec.params.parse(raw);
  const route = spec.send;
  if (route.kind === "direct") return { ...spec, send: { kind: "direct", send: async (raw, cloud, signal) => route.send(typed(raw), cloud, signal) } };
  const write = route.write;
  const send: CheckedRoute = {
    kind: "preflight",
    preflight: route.preflight,
    ...(write ? { write: { kind: write.kind, send: async (raw: RequestParams, cloud: SendCloud, token: string, signal?: AbortSignal) => write.send(typed(raw), cloud, token, signal) } } : {}),
  };
  return { ...spec, send };
}

export const SERVICE_VERSIONS: Record<Service, string> = { gaap: "2018-05-29", teo: "2022-09-01" };
