import type { Cloud } from "../client/createCloud";
import { collectPages } from "../client/pageStream";
import { ApiError } from "../errors/apiError";
import type { GaapProxyInfo, L4ProxyInfo, L4RuleInfo } from "./cloudResources";
import type { ProxyDirectory } from "./proxyDirectory";

const notFound = (e: unknown): boolean => e instanceof ApiError && e.code === "ResourceNotFound";

/**
 * Looks proxies up by ID. DescribeProxies answers ResourceNotFound when it knows none of the IDs (the way
 * Terraform detects a destroyed proxy); with several IDs the API documentation does not say whether one unknown
 * ID fails the whole call, so then each ID is asked alone rather than all being taken for gone.
 */
async function gaapById(cloud: Pick<Cloud, "gaap">, ids: readonly string[], signal: AbortSignal): Promise<GaapProxyInfo[]> {
  try {
    return await collectPages(cloud.gaap.listProxies({ ProxyIds: [...ids] }, { signal }));
  } catch (e) {
    if (!notFound(e)) throw e;
    if (ids.length === 1) return [];
    return (await Promise.all(ids.map((id) => gaapById(cloud, [id], signal)))).flat();
  }
}

async function l4ById(cloud: Pick<Cloud, "teo">, zoneId: string, ids: readonly string[], signal: AbortSignal): Promise<L4ProxyInfo[]> {
  try {
    return await collectPages(cloud.teo.listL4Proxies(zoneId, { Filters: [{ Name: "proxy-id", Values: [...ids] }] }, { signal }));
  } catch (e) {
    // The zone itself is gone: so are its proxies.
    if (notFound(e)) return [];
    throw e;
  }
}

async function l4RulesById(cloud: Pick<Cloud, "teo">, zoneId: string, proxyId: string, ids: readonly string[], signal: AbortSignal): Promise<L4RuleInfo[]> {
  try {
    return await collectPages(cloud.teo.rules.list(zoneId, proxyId, { Filters: [{ Name: "rule-id", Values: [...ids] }] }, { signal }));
  } catch (e) {
    // The proxy (or its zone) is gone: so are its rules.
    if (notFound(e)) return [];
    throw e;
  }
}

/** The tree model's view of an account, through the API client (paging, rate limit and retries are the client's). */
export function cloudDirectory(cloud: Pick<Cloud, "gaap" | "teo">): ProxyDirectory {
  return {
    gaapGroups: (signal) => cloud.gaap.listGroups({}, { signal }),
    gaapProxies: (signal) => cloud.gaap.listProxies({}, { signal }),
    zones: (signal) => cloud.teo.listZones({}, { signal }),
    l4Proxies: (zoneId, signal) => cloud.teo.listL4Proxies(zoneId, {}, { signal }),
    gaapProxiesById: (ids, signal) => gaapById(cloud, ids, signal),
    l4ProxiesById: (zoneId, ids, signal) => l4ById(cloud, zoneId, ids, signal),
    l4Rules: (zoneId, proxyId, signal) => cloud.teo.rules.list(zoneId, proxyId, {}, { signal }),
    l4RulesById: (zoneId, proxyId, ids, signal) => l4RulesById(cloud, zoneId, proxyId, ids, signal),
  };
}

/** An account that cannot be reached at all (its keys could not be read): every listing fails with `error`. */
export function failingDirectory(error: unknown): ProxyDirectory {
  // eslint-disable-next-line require-yield -- a listing that fails before its first page
  async function* fail(): AsyncGenerator<never> {
    throw error;
  }
  return {
    gaapGroups: fail,
    gaapProxies: fail,
    zones: fail,
    l4Proxies: fail,
    gaapProxiesById: () => Promise.reject(error),
    l4ProxiesById: () => Promise.reject(error),
    l4Rules: fail,
    l4RulesById: () => Promise.reject(error),
  };
}
