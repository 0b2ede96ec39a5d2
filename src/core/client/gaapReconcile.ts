import type * as Gaap from "tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_models";
import type { ApiError } from "../errors/apiError";
import type { Clock } from "./clock";
import type { GaapClient } from "./gaapClient";
import { lookAgain } from "./lookAgain";
import { outcomeUnknown } from "./outcomeUnknown";

/**
 * After an ambiguous failure, a GAAP write is resent with the same ClientToken. If the server then refuses it as
 * FailedOperation.DuplicatedRequest, it holds the first attempt under that token, so the first attempt's outcome
 * is what the caller gets. The API offers no lookup by token, so the client looks at what the first attempt
 * changed: a new proxy of that name in that region pair, or the proxies' statuses.
 */

/** CreateTime is the server's clock in seconds; allow for skew between it and ours. */
const CLOCK_SKEW_S = 300;

export interface ReconcileContext {
  clock: Clock;
  signal?: AbortSignal;
}

const matchesCreate = (p: Gaap.ProxyInfo, req: Gaap.CreateProxyRequest, sinceS: number): boolean =>
  p.ProxyName === req.ProxyName &&
  p.AccessRegion === req.AccessRegion &&
  (req.GroupId ? p.GroupId === req.GroupId : p.RealServerRegion === req.RealServerRegion) &&
  (p.CreateTime === undefined || p.CreateTime >= sinceS - CLOCK_SKEW_S);

/** The proxy the first CreateProxy attempt made: one match by name, regions and creation time. */
export async function findCreatedProxy(
  gaap: GaapClient,
  req: Gaap.CreateProxyRequest,
  firstSentAt: number,
  firstFailure: ApiError,
  ctx: ReconcileContext,
): Promise<Gaap.ProxyInfo> {
  // DescribeProxies cannot filter by name; the access region narrows the listing, the rest is matched here.
  const filters = [{ Name: "AccessRegion", Values: [req.AccessRegion] }];
  const sinceS = Math.floor(firstSentAt / 1000);
  const token = req.ClientToken ?? "";
  const matches = await lookAgain(
    async () => {
      const found: Gaap.ProxyInfo[] = [];
      for await (const page of gaap.listProxies({ Filters: filters }, ctx)) {
        for (const p of page.items) if (matchesCreate(p, req, sinceS)) found.push(p);
      }
      return found.length > 0 ? found : undefined;
    },
    ctx.clock,
    ctx.signal,
  );
  if (matches?.length === 1) return matches[0]!;
  const candidates = (matches ?? []).map((p) => p.ProxyId ?? p.InstanceId).join(",");
  throw outcomeUnknown(firstFailure, { name: req.ProxyName, candidates, clientToken: token });
}

/** Statuses that show a batch operation was applied (or is being applied) to a proxy. */
const APPLIED: Record<"OpenProxies" | "CloseProxies" | "DestroyProxies", ReadonlySet<string>> = {
  OpenProxies: new Set(["OPENING", "RUNNING"]),
  CloseProxies: new Set(["CLOSING", "CLOSED"]),
  DestroyProxies: new Set(["DESTROYING", "gone"]),
};

/** Rebuilds a batch answer from the proxies' statuses: those not in the applied state are reported as skipped. */
export async function batchOutcomeFromStatus(
  gaap: GaapClient,
  action: keyof typeof APPLIED,
  proxyIds: string[],
  ctx: ReconcileContext,
): Promise<{ invalidStatus: string[] }> {
  const statuses = new Map((await gaap.proxiesStatus(proxyIds, ctx)).map((s) => [s.InstanceId, s.Status]));
  return { invalidStatus: proxyIds.filter((id) => !APPLIED[action].has(statuses.get(id) ?? "gone")) };
}

/** A configuration change was applied when the proxy is adjusting or already has the target size. */
export async function modifyWasApplied(gaap: GaapClient, req: Gaap.ModifyProxyConfigurationRequest, firstFailure: ApiError, ctx: ReconcileContext): Promise<true> {
  const id = req.ProxyId ?? req.InstanceId ?? "";
  const p = await gaap.describeProxyDetail(id, ctx);
  const sized = (req.Bandwidth === undefined || p.Bandwidth === req.Bandwidth) && (req.Concurrent === undefined || p.Concurrent === req.Concurrent);
  if (p.Status === "ADJUSTING" || sized) return true;
  throw outcomeUnknown(firstFailure, { proxyId: id, status: p.Status ?? "", clientToken: req.ClientToken ?? "" });
}
