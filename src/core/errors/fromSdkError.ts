import type { Service } from "../actions/actionDefinition";
import { ApiError } from "./apiError";
import { isAmbiguousCode, isRetryableCode, networkErrorNeverSent } from "./errorClass";
import { errorPath } from "./errorPath";

export interface SdkErrorContext {
  action: string;
  service: Service;
  /** Our own per-request timer fired (the SDK then reports a plain abort). */
  timedOut?: boolean;
}

/** Longer than any real code, RequestId or message; an endpoint's megabyte-long "code" stops here. */
const MAX_TEXT = 1_000;

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v.slice(0, MAX_TEXT) : undefined);

/**
 * Turns whatever the SDK threw into an ApiError, duck-typed because the SDK does not export its exception class
 * from any entry point: `code` is an API error, `httpCode` a non-200 answer, an exception with neither a network
 * failure, and anything else (a TypeError from a body without `Response`) an answer we could not read.
 */
export function fromSdkError(e: unknown, ctx: SdkErrorContext): ApiError {
  if (e instanceof ApiError) return e;
  const o = (typeof e === "object" && e !== null ? e : {}) as Record<string, unknown>;
  const message = str(o.message) ?? String(e).slice(0, MAX_TEXT);
  // node-fetch's FetchError (an answer cut off while the SDK read it) copies the socket's code (ECONNRESET): that is
  // a network failure, not an API error code.
  const fetchError = o.name === "FetchError";
  const apiCode = fetchError ? undefined : str(o.code);
  const httpStatus = typeof o.httpCode === "number" ? o.httpCode : undefined;
  const isSdkException = "requestId" in o && "traceId" in o;

  let code: string;
  if (ctx.timedOut) code = "ClientError.Timeout";
  else if (apiCode) code = apiCode;
  else if (httpStatus !== undefined) code = "ClientError.HttpStatusCodeError";
  else if (isSdkException || (fetchError && o.type === "system")) code = "ClientError.NetworkError";
  else code = "ClientError.InvalidResponse";

  const ambiguous = code === "ClientError.NetworkError" ? !networkErrorNeverSent(message) : isAmbiguousCode(code, httpStatus);
  const path = errorPath(code, ctx.action);
  const traceId = str(o.traceId);
  return new ApiError({
    code,
    message,
    requestId: str(o.requestId) ?? "",
    action: ctx.action,
    service: ctx.service,
    retryable: isRetryableCode(code, httpStatus),
    ambiguous,
    ...(httpStatus !== undefined ? { httpStatus } : {}),
    ...(path ? { path } : {}),
    ...(traceId ? { traceId } : {}),
    cause: e,
  });
}
