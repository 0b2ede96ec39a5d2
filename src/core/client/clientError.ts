import type { Service } from "../actions/actionDefinition";
import { ApiError } from "../errors/apiError";

export interface ClientErrorInit {
  code: `ClientError.${string}`;
  action: string;
  service: Service;
  /** Fills the catalogue's placeholders ({resource}, {target}, {status}, …). */
  details: Record<string, string | number>;
  requestId?: string;
  ambiguous?: boolean;
  cause?: unknown;
}

/** An ApiError raised by the client itself (waits, reconciliation): never retryable, worded by the catalogue. */
export function clientError(init: ClientErrorInit): ApiError {
  const summary = Object.entries(init.details)
    .map(([k, v]) => `${k}=${v}`)
    .join(" ");
  return new ApiError({
    code: init.code,
    message: `${init.code} in ${init.action}: ${summary}`,
    requestId: init.requestId ?? "",
    action: init.action,
    service: init.service,
    retryable: false,
    ambiguous: init.ambiguous ?? false,
    details: init.details,
    ...(init.cause !== undefined ? { cause: init.cause } : {}),
  });
}
