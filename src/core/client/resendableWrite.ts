import type { ApiError } from "../errors/apiError";
import type { CallSignal, ServiceClient } from "./serviceClient";
import { isSettled, settled, settledValue, type Settled } from "./settled";
import type { TeoWriteOutcome } from "./teoTypes";

/**
 * An EdgeOne write that is harmless to send twice (a status set, a deletion, the same modification): retried as
 * any call; a lasting refusal after an ambiguous attempt is checked with `firstAttemptActed`, which tells whether
 * the first attempt already did what was asked.
 */
export async function resendableWrite(
  client: ServiceClient,
  action: string,
  req: object,
  options: CallSignal,
  firstAttemptActed: (refusal: ApiError) => Promise<boolean>,
): Promise<TeoWriteOutcome> {
  const lookedUp: TeoWriteOutcome = { requestId: "", resolvedBy: "lookup" };
  const r = await client.call<{ RequestId?: string } | Settled<TeoWriteOutcome>>(action, { ...req }, {
    ...options,
    recovery: { refused: async (refusal) => ((await firstAttemptActed(refusal)) ? settled(lookedUp) : undefined) },
  });
  return isSettled<TeoWriteOutcome>(r) ? settledValue(r) : { requestId: r.RequestId ?? "", resolvedBy: "response" };
}
