import type { Service } from "../actions/actionDefinition";

export interface ApiErrorInit {
  code: string;
  /** The server's own message (in the language asked for by X-TC-Language); for logs, not for people. */
  message: string;
  requestId: string;
  action: string;
  service: Service;
  httpStatus?: number;
  path?: string;
  retryable: boolean;
  ambiguous: boolean;
  traceId?: string;
  /** What the client found out when it looked after an ambiguous failure (IDs, names, counts). */
  details?: Record<string, string | number>;
  cause?: unknown;
}

/**
 * The one error the client throws for anything the API or the network did. Carries no sentences for people:
 * `explainError(code, language)` words it from the catalogue.
 *
 * Codes are the API's own (`InvalidParameterValue.InvalidBandwidth`) or, for what happens on our side,
 * `ClientError.*` (network, timeout, HTTP status, waits, reconciliation).
 */
export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly code: string;
  /** "" when the request never got an answer. */
  readonly requestId: string;
  readonly action: string;
  readonly service: Service;
  readonly httpStatus?: number;
  /** JSON pointer of the parameter the code concerns (`/Bandwidth`), so the editor can put a diagnostic on it. */
  readonly path?: string;
  /** Sending the same request again may succeed. */
  readonly retryable: boolean;
  /** The request may have taken effect although it failed (reset after sending, timeout, 5xx, InternalError). */
  readonly ambiguous: boolean;
  readonly traceId?: string;
  readonly details?: Readonly<Record<string, string | number>>;

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.requestId = init.requestId;
    this.action = init.action;
    this.service = init.service;
    this.retryable = init.retryable;
    this.ambiguous = init.ambiguous;
    if (init.httpStatus !== undefined) this.httpStatus = init.httpStatus;
    if (init.path !== undefined) this.path = init.path;
    if (init.traceId) this.traceId = init.traceId;
    if (init.details) this.details = init.details;
  }

  /** A copy with some fields changed (e.g. marked ambiguous because an earlier attempt was). */
  with(changes: Partial<ApiErrorInit>): ApiError {
    return new ApiError({ ...this.init(), ...changes });
  }

  private init(): ApiErrorInit {
    return {
      code: this.code,
      message: this.message,
      requestId: this.requestId,
      action: this.action,
      service: this.service,
      retryable: this.retryable,
      ambiguous: this.ambiguous,
      ...(this.httpStatus !== undefined ? { httpStatus: this.httpStatus } : {}),
      ...(this.path !== undefined ? { path: this.path } : {}),
      ...(this.traceId ? { traceId: this.traceId } : {}),
      ...(this.details ? { details: { ...this.details } } : {}),
      ...(this.cause !== undefined ? { cause: this.cause } : {}),
    };
  }

  override toString(): string {
    return `${this.code} in ${this.service}.${this.action}${this.requestId ? ` (RequestId ${this.requestId})` : ""}: ${this.message}`;
  }
}
