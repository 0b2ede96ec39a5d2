import { ApiError } from "../errors/apiError";

/**
 * One answer of the preflight: the value, or the API error that kept it from us. Each part fails on its own, so a
 * price that cannot be fetched still leaves the check and the allowed values on screen.
 */
export type Part<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Runs one look-up; an ApiError becomes a failed part, anything else (cancellation, a bug) goes on up. */
export async function part<T>(lookUp: () => Promise<T>): Promise<Part<T>> {
  try {
    return { ok: true, value: await lookUp() };
  } catch (e) {
    if (e instanceof ApiError) return { ok: false, error: e };
    throw e;
  }
}

export const valueOf = <T>(p: Part<T> | undefined): T | undefined => (p?.ok ? p.value : undefined);
