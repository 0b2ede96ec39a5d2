import { clientError } from "./clientError";
import { pageStream, type Page } from "./pageStream";
import type { ServiceClient } from "./serviceClient";

/**
 * The most items one listing reads. Far beyond any account's quota of proxies, zones or L4 proxies per zone; a
 * TotalCount above it is an endpoint that is broken or hostile, and reading on would cost thousands of requests.
 */
export const MAX_LISTING_ITEMS = 100_000;

export interface ListingSpec {
  action: string;
  params: Readonly<Record<string, unknown>>;
  /** Where the answer holds the items, first present wins (DescribeProxies: ProxySet, then the older InstanceSet). */
  itemKeys: readonly string[];
  pageSize: number;
}

/**
 * A listing's pages (`pageStream`), each answer checked: TotalCount a whole number from 0 to MAX_LISTING_ITEMS
 * (absent counts as 0, as the API omits it for nothing), items an array of no more than asked for. Anything else
 * is ClientError.MalformedAnswer or ClientError.ListingTooLong, naming the endpoint; neither is retried.
 */
export function listing<T>(client: ServiceClient, spec: ListingSpec, signal?: AbortSignal): AsyncGenerator<Page<T>> {
  return pageStream<T>(
    async (Offset, Limit, pageSignal) => {
      const answer = await client.call<Record<string, unknown>>(spec.action, { ...spec.params, Offset, Limit }, { signal: pageSignal });
      return readPage<T>(client, spec, answer, Limit);
    },
    spec.pageSize,
    signal,
  );
}

function readPage<T>(client: ServiceClient, spec: ListingSpec, answer: Record<string, unknown>, limit: number): { items: T[]; total: number } {
  const malformed = (field: string, value: string) =>
    clientError({ code: "ClientError.MalformedAnswer", action: spec.action, service: client.service, requestId: requestIdOf(answer), details: { host: client.host, action: spec.action, field, value } });

  const key = spec.itemKeys.find((k) => Object.hasOwn(answer, k) && answer[k] !== undefined && answer[k] !== null);
  const items = key === undefined ? [] : answer[key];
  if (!Array.isArray(items)) throw malformed(key!, typeof items);
  if (items.length > limit) throw malformed(key!, `${items.length} > Limit ${limit}`);

  const total = Object.hasOwn(answer, "TotalCount") ? answer.TotalCount : 0;
  if (typeof total !== "number" || !Number.isSafeInteger(total) || total < 0) {
    throw malformed("TotalCount", typeof total === "number" ? String(total) : typeof total);
  }
  if (total > MAX_LISTING_ITEMS) {
    throw clientError({
      code: "ClientError.ListingTooLong",
      action: spec.action,
      service: client.service,
      requestId: requestIdOf(answer),
      details: { host: client.host, action: spec.action, total, max: MAX_LISTING_ITEMS },
    });
  }
  return { items: items as T[], total };
}

const requestIdOf = (answer: Record<string, unknown>): string => (typeof answer.RequestId === "string" ? answer.RequestId.slice(0, 100) : "");
