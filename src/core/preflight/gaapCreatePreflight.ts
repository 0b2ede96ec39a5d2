import type { RequestParams } from "../actions/actionDefinition";
import { findAlternatives } from "./alternatives";
import { allowedLists, checkFlag, groupOrigin, priceQuote } from "./gaapLookups";
import { part, valueOf } from "./part";
import type { PreflightCloud } from "./preflightCloud";
import type { Blocker, GaapCreateReport, ProxyQuery } from "./preflightReport";
import { numberParam as num, stringParam as str } from "./requestValues";


/** The line a CreateProxy or CheckProxyCreate request asks about, its origin already known. */
function proxyQuery(params: RequestParams, origin: string): ProxyQuery | undefined {
  const AccessRegion = str(params.AccessRegion);
  const Bandwidth = num(params.Bandwidth);
  const Concurrent = num(params.Concurrent);
  if (!AccessRegion || Bandwidth === undefined || Concurrent === undefined || !origin) return undefined;
  const q: ProxyQuery = { AccessRegion, RealServerRegion: origin, Bandwidth, Concurrent };
  for (const key of ["GroupId", "IPAddressVersion", "NetworkType", "PackageType"] as const) {
    const value = str(params[key]);
    if (value) q[key] = value;
  }
  const billing = num(params.BillingType);
  if (billing !== undefined) q.BillingType = billing;
  return q;
}

/** The codes that mean "not these sizes or this region": alternatives from the lists help there too. */
const SIZE_OR_REGION_REFUSALS = new Set([
  "InvalidParameterValue.InvalidBandwidth",
  "InvalidParameterValue.InvalidConcurrency",
  "InvalidParameterValue.UnknownAccessRegion",
  "FailedOperation.ProxySellOut",
]);

/**
 * CreateProxy and CheckProxyCreate: CheckProxyCreate, InquiryPriceCreateProxy and the allowed lists of the region
 * pair together, then, when the answer is no, what to try instead.
 */
export async function gaapCreatePreflight(
  action: "CreateProxy" | "CheckProxyCreate",
  params: RequestParams,
  cloud: PreflightCloud,
  signal?: AbortSignal,
): Promise<GaapCreateReport> {
  const blockers: Blocker[] = [];
  const groupId = str(params.GroupId);
  let origin = str(params.RealServerRegion);
  if (groupId && action === "CreateProxy") {
    // With a group, the group's origin is the one used (RealServerRegion is ignored).
    const found = await part(() => groupOrigin(cloud.gaap, groupId, signal));
    if (!found.ok) return { kind: "gaap-create", action, check: found, alternatives: [], blockers: [{ code: "check-failed", params: { code: found.error.code } }] };
    if (found.value === undefined) return { kind: "gaap-create", action, alternatives: [], blockers: [{ code: "live-group-not-found", params: { id: groupId } }] };
    origin = found.value || origin;
  }
  const query = origin ? proxyQuery(params, origin) : undefined;
  if (!query) return { kind: "gaap-create", action, alternatives: [], blockers: [{ code: "incomplete-request", params: {} }] };

  const [check, price, allowed] = await Promise.all([
    part(() => checkFlag(cloud.gaap, query, signal)),
    part(() => priceQuote(cloud.gaap, query, signal)),
    part(() =>
      allowedLists(
        cloud.gaap,
        {
          origin: query.RealServerRegion,
          accessRegion: query.AccessRegion,
          ...(query.IPAddressVersion ? { ipAddressVersion: query.IPAddressVersion } : {}),
          ...(query.PackageType ? { packageType: query.PackageType } : {}),
        },
        signal,
      ),
    ),
  ]);

  if (!check.ok) blockers.push({ code: "check-failed", params: { code: check.error.code } });
  else if (check.value.checkFlag !== 1) blockers.push({ code: "check-refused", params: { flag: check.value.checkFlag } });

  const refused = check.ok ? check.value.checkFlag !== 1 : SIZE_OR_REGION_REFUSALS.has(check.error.code);
  const lists = valueOf(allowed);
  const alternatives = refused && lists ? await findAlternatives(cloud.gaap, query, lists, signal) : [];
  return { kind: "gaap-create", action, query, check, price, allowed, alternatives, blockers };
}
