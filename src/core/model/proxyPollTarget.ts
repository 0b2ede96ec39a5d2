import { gaapProxyId, type GaapProxyInfo, type L4ProxyInfo } from "./cloudResources";
import type { ProxyDirectory } from "./proxyDirectory";
import type { ProxyInventory } from "./proxyInventory";
import { classifyGaapProxy, classifyL4Proxy } from "./statusClass";
import type { PollChange, PollTarget } from "./statusPoller";

/** A proxy to watch: GAAP by ID, EdgeOne by zone and ID. */
export type ProxyRef = { service: "gaap"; proxyId: string } | { service: "edgeOne"; zoneId: string; proxyId: string };

export type ProxyRecord = GaapProxyInfo | L4ProxyInfo;

/** DescribeProxies takes ≤100 ProxyIds; DescribeL4Proxy's proxy-id filter ≤20 values. */
const GAAP_BATCH = 100;
const L4_BATCH = 20;

const refKey = (ref: ProxyRef): string => (ref.service === "gaap" ? ref.proxyId : `${ref.zoneId}/${ref.proxyId}`);

/** GAAP proxies and EdgeOne L4 proxies, polled by ID (L4 ones zone by zone) into the inventory. */
export function proxyPollTarget(directory: ProxyDirectory, inventory: ProxyInventory): PollTarget<ProxyRef, ProxyRecord> {
  return {
    name: "proxies",
    keyOf: refKey,
    batchOf: (ref) => (ref.service === "gaap" ? { key: "gaap", size: GAAP_BATCH } : { key: `edgeOne/${ref.zoneId}`, size: L4_BATCH }),
    async lookUp(refs, signal) {
      const first = refs[0];
      const ids = refs.map((r) => r.proxyId);
      if (!first) return [];
      if (first.service === "gaap") return (await directory.gaapProxiesById(ids, signal)).map((p) => [gaapProxyId(p), p] as const);
      const zoneId = first.zoneId;
      return (await directory.l4ProxiesById(zoneId, ids, signal)).flatMap((p) => (p.ProxyId ? [[`${zoneId}/${p.ProxyId}`, { ...p, ZoneId: zoneId }] as const] : []));
    },
    store: (ref, current) => (current ? store(inventory, ref, current) : remove(inventory, ref)),
    classify: (p, ref) => (ref.service === "gaap" ? classifyGaapProxy(p as GaapProxyInfo) : classifyL4Proxy(p)),
    reached: (p, targets) => targets.includes(p.Status ?? ""),
  };
}

function store(inventory: ProxyInventory, ref: ProxyRef, current: ProxyRecord): PollChange {
  if (ref.service === "gaap") {
    const before = inventory.gaapProxies.get(ref.proxyId);
    const p = current as GaapProxyInfo;
    inventory.upsertGaapProxy(p, !before);
    if (!before || before.Status !== p.Status || before.BanStatus !== p.BanStatus) return "moved";
    return JSON.stringify(before) === JSON.stringify(p) ? "unchanged" : "updated";
  }
  const before = inventory.getL4(ref.zoneId, ref.proxyId);
  const p = current as L4ProxyInfo;
  inventory.upsertL4Proxy(ref.zoneId, p, !before);
  if (!before || before.Status !== p.Status) return "moved";
  return JSON.stringify(before) === JSON.stringify({ ...p, ZoneId: p.ZoneId || ref.zoneId }) ? "unchanged" : "updated";
}

function remove(inventory: ProxyInventory, ref: ProxyRef): PollChange {
  const removed = ref.service === "gaap" ? inventory.gaapProxies.delete(ref.proxyId) : (inventory.l4.get(ref.zoneId)?.delete(ref.proxyId) ?? false);
  return removed ? "removed" : "unchanged";
}
