import { setMaxListeners } from "node:events";
import { CancelledError } from "../errors/cancelledError";

export interface Page<T> {
  items: T[];
  /** What the API says the whole list holds (TotalCount of the first page). */
  total: number;
  offset: number;
}

export type FetchPage<T> = (offset: number, limit: number, signal: AbortSignal) => Promise<{ items: T[]; total: number }>;

/**
 * Pages asked for ahead of the one being read: the rate limit's worth, so a listing runs at full speed, while a
 * TotalCount that lies costs at most this many requests beyond the short page that ends the list.
 */
export const PAGES_IN_FLIGHT = 20;

/**
 * A listing as a stream of pages: the first page alone (so a tree can show it at once and learn TotalCount),
 * then up to PAGES_IN_FLIGHT others at a time, their pace set by the rate limiter, delivered in offset order.
 * The list ends at TotalCount or at the first short page, whichever comes first. Breaking out of the loop or
 * aborting `signal` cancels what is still queued or in flight.
 *
 * `fetchPage` checks each answer (a sane TotalCount, no more items than asked for); this keeps the number of
 * requests and items bounded by what the answers so far justify.
 */
export async function* pageStream<T>(fetchPage: FetchPage<T>, pageSize: number, signal?: AbortSignal): AsyncGenerator<Page<T>> {
  const controller = new AbortController();
  // Every page in flight listens on this signal; twenty listeners here are intended, not a leak.
  setMaxListeners(0, controller.signal);
  const onAbort = () => controller.abort();
  signal?.addEventListener("abort", onAbort, { once: true });
  if (signal?.aborted) controller.abort();
  try {
    if (controller.signal.aborted) throw new CancelledError();
    const first = await fetchPage(0, pageSize, controller.signal);
    yield { items: first.items, total: first.total, offset: 0 };
    // A short first page means the list ended, whatever TotalCount says.
    if (first.items.length < pageSize) return;

    let next = pageSize;
    const pending: Promise<Page<T>>[] = [];
    const refill = () => {
      while (pending.length < PAGES_IN_FLIGHT && next < first.total) {
        const offset = next;
        next += pageSize;
        const p = fetchPage(offset, pageSize, controller.signal).then((page) => ({ items: page.items, total: first.total, offset }));
        // Rejections are observed in order below; this keeps a later one from being reported as unhandled meanwhile.
        p.catch(() => {});
        pending.push(p);
      }
    };
    refill();
    while (pending.length > 0) {
      const page = await pending.shift()!;
      if (signal?.aborted) throw new CancelledError();
      yield page;
      // A short page ends the list: the pages asked for after it are cancelled in `finally`.
      if (page.items.length < pageSize) return;
      refill();
    }
  } finally {
    controller.abort();
    signal?.removeEventListener("abort", onAbort);
  }
}

/** All items of a stream, for callers that need the whole list (completion, reconciliation). No spread: a page may be long. */
export async function collectPages<T>(pages: AsyncIterable<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) for (const item of page.items) all.push(item);
  return all;
}
