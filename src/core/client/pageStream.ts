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
 * A listing as a stream of pages: the first page alone (so a tree can show it at once and learn TotalCount),
 * then every other page requested at once, their pace set by the rate limiter, delivered in offset order.
 * Breaking out of the loop or aborting `signal` cancels what is still queued or in flight.
 */
export async function* pageStream<T>(fetchPage: FetchPage<T>, pageSize: number, signal?: AbortSignal): AsyncGenerator<Page<T>> {
  const controller = new AbortController();
  // Every page request listens on this signal at once; a hundred listeners here are intended, not a leak.
  setMaxListeners(0, controller.signal);
  const onAbort = () => controller.abort();
  signal?.addEventListener("abort", onAbort, { once: true });
  if (signal?.aborted) controller.abort();
  try {
    if (controller.signal.aborted) throw new CancelledError();
    const first = await fetchPage(0, pageSize, controller.signal);
    yield { items: first.items, total: first.total, offset: 0 };

    const offsets: number[] = [];
    // A short first page means the list ended, whatever TotalCount says.
    if (first.items.length >= pageSize) for (let o = pageSize; o < first.total; o += pageSize) offsets.push(o);
    const pending = offsets.map((offset) => {
      const p = fetchPage(offset, pageSize, controller.signal).then((page) => ({ ...page, offset }));
      // Rejections are observed in order below; this keeps a later one from being reported as unhandled meanwhile.
      p.catch(() => {});
      return p;
    });
    for (const p of pending) {
      const page = await p;
      if (signal?.aborted) throw new CancelledError();
      yield { items: page.items, total: first.total, offset: page.offset };
    }
  } finally {
    controller.abort();
    signal?.removeEventListener("abort", onAbort);
  }
}

/** All items of a stream, for callers that need the whole list (completion, reconciliation). */
export async function collectPages<T>(pages: AsyncIterable<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(...page.items);
  return all;
}
