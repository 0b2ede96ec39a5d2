export { ApiError, type ApiErrorInit } from "./apiError";
export { CancelledError, isCancelled } from "./cancelledError";
export type { Explanation } from "./catalogue/catalogueEntry";
export { isAmbiguousCode, isRetryableCode } from "./errorClass";
export { errorPath } from "./errorPath";
export { explainApiError, explainError, explainedCodes, hasExplanation } from "./explainError";
export { fromSdkError } from "./fromSdkError";
