import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { findAction, productOfVersion } from "../actionTable";
import { ApiError, isApiError } from "../apiError";
import type { Clock } from "../clock";
import { errorMessage, type Language } from "../errorMessages";
import type { FaultKind, FaultPlan } from "../faults/faultPlan";
import { newRequestId } from "../newId";
import type { RateLimiter } from "../rateLimiter";
import type { RequestStats } from "../requestStats";
import { runAction } from "../runAction";
import type { ActionResult, TransitionDelays } from "../sandboxAction";
import { DEFAULT_RATE_LIMIT } from "../sandboxOptions";
import type { SandboxState } from "../state/sandboxState";
import { settleState } from "../state/settleState";
import type { BodyBudget } from "./bodyBudget";
import { requestParams } from "./requestParams";
import { checkTc3Headers, checkTc3Signature } from "./verifyTc3";

/** What the request pipeline needs from the running sandbox. */
export interface PipelineDeps {
  clock: Clock;
  credentials: { secretId: string; secretKey: string };
  defaultLanguage: Language;
  rateLimit: number;
  limiter: RateLimiter;
  stats: RequestStats;
  /** Bounds on the bodies being read at once. */
  bodies: BodyBudget;
  delays: TransitionDelays;
  state(): SandboxState;
  stateChanged(): void;
  faults(): FaultPlan | undefined;
  /** Milliseconds to wait before each reply. */
  latency(): number;
  /** A wait that ends early when the sandbox closes. */
  sleep(ms: number): Promise<void>;
  log(line: string): void;
}

/** How a request ends: an answer in the envelope, a bare HTTP status, or a reset connection. */
type Outcome = { kind: "result"; result: ActionResult } | { kind: "error"; error: ApiError } | { kind: "http"; status: number } | { kind: "reset" };

const header = (req: IncomingMessage, name: string): string | undefined => {
  if (!Object.hasOwn(req.headers, name)) return undefined;
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

const pickLanguage = (value: string | undefined, fallback: Language): Language => (value === "zh-CN" || value === "en-US" ? value : fallback);

/** Everything up to and including the action, with the fault that applies to it (if any). */
async function runPipeline(req: IncomingMessage, deps: PipelineDeps, requestId: string, language: Language): Promise<{ outcome: Outcome; fault?: FaultKind }> {
  const method = (req.method ?? "").toUpperCase();
  if (method !== "POST" && method !== "GET") throw new ApiError("UnsupportedProtocol", { method });
  const actionName = header(req, "x-tc-action");
  const version = header(req, "x-tc-version");
  if (!actionName) throw new ApiError("MissingParameter", { name: "X-TC-Action" });
  if (!version) throw new ApiError("MissingParameter", { name: "X-TC-Version" });
  const now = deps.clock.now();
  const product = productOfVersion(version);
  const action = product ? findAction(product, actionName) : undefined;
  // Counted whatever the answer, but only for emulated actions: invented names would grow the table without bound.
  if (action) deps.stats.record(action.name, now);

  // The headers are checked before one byte of the body is read: a request that cannot be authentic holds nothing.
  const auth = checkTc3Headers(req.headers, {
    nowMs: now,
    secretKeyOf: (id) => (id === deps.credentials.secretId ? deps.credentials.secretKey : undefined),
    ...(product ? { product } : {}),
  });
  const body = await deps.bodies.read(req);
  const url = new URL(req.url ?? "/", "http://sandbox.invalid");
  checkTc3Signature(auth, { method, rawQuery: url.search.slice(1), headers: req.headers, body });
  const secretId = auth.secretId;
  if (!product) throw new ApiError("NoSuchVersion", { version });
  if (!action) throw new ApiError("InvalidAction", { action: actionName, version });

  // An injected RequestLimitExceeded names the API's limit even when the sandbox's own limit is off.
  const limit = { limit: deps.rateLimit > 0 ? deps.rateLimit : DEFAULT_RATE_LIMIT };
  if (!deps.limiter.tryAcquire(`${secretId}|${actionName}`, now)) {
    deps.stats.recordRateLimited(actionName);
    throw new ApiError("RequestLimitExceeded", limit);
  }

  const fault = deps.faults()?.next(actionName);
  if (fault === "reset-before") return { outcome: { kind: "reset" } };
  if (fault?.startsWith("http")) return { outcome: { kind: "http", status: Number(fault.slice(4)) } };
  if (fault === "InternalError") return { outcome: { kind: "error", error: new ApiError("InternalError") } };
  if (fault === "RequestLimitExceeded") return { outcome: { kind: "error", error: new ApiError("RequestLimitExceeded", limit) } };

  const state = deps.state();
  if (settleState(state, now)) deps.stateChanged();
  try {
    const params = requestParams(method, body, url.search.slice(1));
    const env = { state, now, requestId, language, delays: deps.delays, stats: deps.stats, changed: deps.stateChanged };
    return { outcome: { kind: "result", result: runAction(action, params, env) }, ...(fault ? { fault } : {}) };
  } catch (e) {
    // A reset-after or slow fault still applies when the action failed: the client never sees the answer in time.
    if (!isApiError(e)) throw e;
    return { outcome: { kind: "error", error: e }, ...(fault ? { fault } : {}) };
  }
}

function send(req: IncomingMessage, res: ServerResponse, requestId: string, traceId: string | undefined, language: Language, outcome: Outcome): void {
  // Answered before the body was read (refused headers, a limit): the rest of the body is not waited for.
  if (!req.complete) res.setHeader("Connection", "close");
  if (outcome.kind === "reset") {
    // A TCP reset, as a dropped connection looks to the client (ECONNRESET), not a clean close.
    const socket = res.socket;
    if (socket && typeof socket.resetAndDestroy === "function") socket.resetAndDestroy();
    else res.destroy();
    return;
  }
  if (outcome.kind === "http") {
    const text = `${outcome.status} injected fault`;
    res.writeHead(outcome.status, { "Content-Type": "text/plain", "Content-Length": Buffer.byteLength(text) });
    res.end(text);
    return;
  }
  const response =
    outcome.kind === "result"
      ? { ...outcome.result, RequestId: requestId }
      : { Error: { Code: outcome.error.code, Message: errorMessage(outcome.error.code, language, outcome.error.params) }, RequestId: requestId };
  const json = JSON.stringify({ Response: response });
  // API errors come with HTTP 200: the SDK reads the envelope only then.
  res.writeHead(200, {
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(json),
    ...(traceId ? { "X-TC-TraceId": traceId } : {}),
  });
  res.end(json);
}

/** The HTTP listener: signature, action, rate limit, faults, the action itself, then latency and the reply. */
export function createRequestListener(deps: PipelineDeps): RequestListener {
  return (req, res) => {
    const requestId = newRequestId();
    const language = pickLanguage(header(req, "x-tc-language"), deps.defaultLanguage);
    const traceId = header(req, "x-tc-traceid");
    const run = async () => {
      let outcome: Outcome;
      let fault: FaultKind | undefined;
      try {
        ({ outcome, fault } = await runPipeline(req, deps, requestId, language));
      } catch (e) {
        if (!isApiError(e)) deps.log(`sandbox: ${header(req, "x-tc-action") ?? "request"} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        outcome = { kind: "error", error: isApiError(e) ? e : new ApiError("InternalError") };
      }
      if (fault === "reset-after") outcome = { kind: "reset" };
      if (fault === "slow") await deps.sleep(deps.faults()?.slowMs ?? 0);
      await deps.sleep(deps.latency());
      if (!res.destroyed) send(req, res, requestId, traceId, language, outcome);
    };
    run().catch((e: unknown) => {
      deps.log(`sandbox: reply failed: ${e instanceof Error ? e.message : String(e)}`);
      res.destroy();
    });
  };
}
