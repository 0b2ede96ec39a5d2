import type { ApiError } from "../errors/apiError";
import { clientError } from "./clientError";

/**
 * The client looked after an ambiguous failure and could not tell whether the request took effect.
 * Keeps the first failure's RequestId and cause; `details` says what the lookup saw.
 */
export function outcomeUnknown(failure: ApiError, details: Record<string, string | number>): ApiError {
  return clientError({
    code: "ClientError.OutcomeUnknown",
    action: failure.action,
    service: failure.service,
    requestId: failure.requestId,
    ambiguous: true,
    details: { firstFailure: failure.code, ...details },
    cause: failure,
  });
}
