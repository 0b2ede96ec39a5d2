/**
 * Which failures are worth sending again, and which may have taken effect although they failed.
 * Kept apart from the retry loop so the catalogue, the client and the tests share one answer.
 */

/** Codes whose request was refused for a passing reason; sending it again later may succeed. */
const RETRYABLE = new Set([
  "ServiceUnavailable",
  "FailedOperation.ActionOperateTooQuickly",
  "FailedOperation.ActionIsDoing",
  "OperationDenied.L4ProxyInProcessStatus",
  // TEO's "another change is still being applied"; Terraform retries it too.
  "InvalidParameter.ActionInProgress",
  // GAAP's "监听器正在操作中" (Terraform retries it) and "security policy being changed" [I, traffic-api.md].
  "FailedOperation.ListenerHasTask",
  "FailedOperation.ProxySecurityPolicyOperating",
  "ClientError.NetworkError",
  "ClientError.Timeout",
  // Not ClientError.InvalidResponse: an answer that cannot be read is sent the same way again (a proxy, a captive
  // portal, a hostile endpoint), so a retry only repeats the cost.
]);

/** Families retried as a whole: every rate limit, every internal error (ConfigLocked, ProxyServer, …). */
const RETRYABLE_FAMILIES = ["RequestLimitExceeded", "InternalError"];

const inFamily = (code: string, family: string) => code === family || code.startsWith(family + ".");

export function isRetryableCode(code: string, httpStatus?: number): boolean {
  if (code === "ClientError.HttpStatusCodeError") return httpStatus !== undefined && (httpStatus >= 500 || httpStatus === 429);
  return RETRYABLE.has(code) || RETRYABLE_FAMILIES.some((f) => inFamily(code, f));
}

/**
 * The server may have acted: it failed while or after working (InternalError, 5xx), or we never heard back
 * (reset, timeout). A refusal (rate limit, "too quickly", "config locked") is a clean "no", so it is not ambiguous.
 */
export function isAmbiguousCode(code: string, httpStatus?: number): boolean {
  if (code === "ClientError.HttpStatusCodeError") return httpStatus !== undefined && httpStatus >= 500;
  if (code === "InternalError.ConfigLocked") return false;
  return code === "ClientError.Timeout" || code === "ClientError.InvalidResponse" || inFamily(code, "InternalError");
}

/** Network failures that happen before a byte reaches the server: nothing can have taken effect. */
const NEVER_SENT = /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ERR_INVALID_URL|CERT_|DEPTH_ZERO_SELF_SIGNED)/;

export const networkErrorNeverSent = (message: string): boolean => NEVER_SENT.test(message);
