/**
 * Marks an outcome the client established itself (by looking after an ambiguous failure) apart from an API
 * response travelling through the same retry loop. A symbol, so no JSON answer can ever carry it.
 */
const SETTLED = Symbol("settled");

export type Settled<O> = { readonly [SETTLED]: O };

export const settled = <O>(outcome: O): Settled<O> => ({ [SETTLED]: outcome });

export const isSettled = <O>(r: unknown): r is Settled<O> => typeof r === "object" && r !== null && SETTLED in r;

export const settledValue = <O>(r: Settled<O>): O => r[SETTLED];
