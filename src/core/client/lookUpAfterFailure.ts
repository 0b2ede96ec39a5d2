import { ApiError } from "../errors/apiError";
import type { Clock } from "./clock";
import { clientError, type ClientErrorInit } from "./clientError";
import { lookAgain } from "./lookAgain";
import { outcomeUnknown } from "./outcomeUnknown";

/**
 * After an ambiguous failure of a create that has no ClientToken: looks for what it would have made (`look`, run
 * again by `lookAgain` while a creation may not be listed yet), so it is never sent twice. A look the API refuses
 * leaves the outcome unknown; nothing found means the create did not take effect (`notApplied`, a client error that
 * names `where` and the first failure). What was found is the caller's to match.
 */
export async function lookUpAfterFailure<T>(
  failure: ApiError,
  where: Record<string, string | number>,
  look: () => Promise<T | undefined>,
  notApplied: Pick<ClientErrorInit, "code" | "service">,
  clock: Clock,
  signal?: AbortSignal,
): Promise<T> {
  let found: T | undefined;
  try {
    found = await lookAgain(look, clock, signal);
  } catch (e) {
    if (e instanceof ApiError) throw outcomeUnknown(failure, { ...where, lookupFailure: e.code });
    throw e;
  }
  if (found === undefined) {
    throw clientError({ ...notApplied, action: failure.action, requestId: failure.requestId, details: { ...where, firstFailure: failure.code }, cause: failure });
  }
  return found;
}
