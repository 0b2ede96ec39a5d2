import type { GaapGroupInfo, GaapProxyInfo, L4ProxyInfo, L4RuleInfo, ZoneInfo } from "../../../src/core/model/cloudResources";
import type { Page, ProxyDirectory } from "../../../src/core/model/proxyDirectory";

let serial = 0;

/** A rule as the fake keeps it: its Status changes in place, which the read-only API type does not allow. */
export type FakeL4Rule = { -readonly [K in keyof L4RuleInfo]: L4RuleInfo[K] };

export const gaapProxy = (over: Partial<GaapProxyInfo> = {}): GaapProxyInfo => {
  const n = ++serial;
  return {
    ProxyId: `link-${String(n).padStart(8, "0")}`,
    ProxyName: `proxy-${n}`,
    Status: "RUNNING",
    AccessRegion: "Shanghai",
    RealServerRegion: "Guangzhou",
    Bandwidth: 10,
    Concurrent: 2,
    GroupId: null,
    ...over,
  };
};

export const group = (over: Partial<GaapGroupInfo> = {}): GaapGroupInfo => {
  const n = ++serial;
  return { GroupId: `lg-${String(n).padStart(8, "0")}`, GroupName: `group-${n}`, Status: "RUNNING", RealServerRegionInfo: { RegionId: "Guangzhou" }, ...over };
};

export const zone = (over: Partial<ZoneInfo> = {}): ZoneInfo => {
  const n = ++serial;
  return { ZoneId: `zone-${String(n).padStart(12, "0")}`, ZoneName: `site${n}.example.com`, Status: "active", Area: "global", Paused: false, ...over };
};

export const l4 = (zoneId: string, over: Partial<L4ProxyInfo> = {}): L4ProxyInfo => {
  const n = ++serial;
  return { ZoneId: zoneId, ProxyId: `sid-${String(n).padStart(12, "0")}`, ProxyName: `l4-${n}`, Area: "overseas", Status: "online", Ipv6: "off", StaticIp: "off", AccelerateMainland: "off", ...over };
};

export const l4Rule = (over: Partial<L4RuleInfo> = {}): FakeL4Rule => {
  const n = ++serial;
  return { RuleId: `rule-${String(n).padStart(12, "0")}`, Protocol: "TCP", PortRange: [String(1000 + n)], OriginType: "IP_DOMAIN", OriginValue: ["8.8.8.8"], OriginPortRange: String(1000 + n), ClientIPPassThroughMode: "OFF", SessionPersist: "off", Status: "online", ...over };
};

/** A gate the test opens to let a page through, to see what the tree shows in between. */
export class Gate {
  private open!: () => void;
  readonly opened = new Promise<void>((r) => (this.open = r));
  release(): void {
    this.open();
  }
}

/**
 * An account in memory. Listings page by `pageSize`; `gates[i]` holds back page i of the GAAP proxy listing;
 * `fail` makes a listing throw; every call is counted.
 */
export class FakeDirectory implements ProxyDirectory {
  groups: GaapGroupInfo[] = [];
  proxies: GaapProxyInfo[] = [];
  zoneList: ZoneInfo[] = [];
  l4ByZone = new Map<string, L4ProxyInfo[]>();
  pageSize = 100;
  gates: Gate[] = [];
  /** Rules per `zoneId/proxyId`. */
  rules = new Map<string, FakeL4Rule[]>();
  fail: Partial<Record<"groups" | "proxies" | "zones" | "l4" | "byId" | "rules", Error>> = {};
  /** Fails the GAAP proxy listing after this many pages. */
  failProxiesAfterPages: number | undefined;
  calls: string[] = [];
  /** Holds back the answer of the next look-up by ID (of GAAP proxies or L4 rules), as it was when asked. */
  byIdGate: Gate | undefined;

  async *gaapGroups(): AsyncIterable<Page<GaapGroupInfo>> {
    this.calls.push("groups");
    if (this.fail.groups) throw this.fail.groups;
    yield* this.paged(this.groups);
  }

  async *gaapProxies(): AsyncIterable<Page<GaapProxyInfo>> {
    this.calls.push("proxies");
    if (this.fail.proxies && this.failProxiesAfterPages === undefined) throw this.fail.proxies;
    let i = 0;
    for await (const page of this.paged([...this.proxies])) {
      if (this.failProxiesAfterPages !== undefined && i >= this.failProxiesAfterPages) throw this.fail.proxies ?? new Error("listing broke");
      await this.gates[i]?.opened;
      i++;
      yield page;
    }
  }

  async *zones(): AsyncIterable<Page<ZoneInfo>> {
    this.calls.push("zones");
    if (this.fail.zones) throw this.fail.zones;
    yield* this.paged(this.zoneList);
  }

  async *l4Proxies(zoneId: string): AsyncIterable<Page<L4ProxyInfo>> {
    this.calls.push(`l4:${zoneId}`);
    if (this.fail.l4) throw this.fail.l4;
    yield* this.paged(this.l4ByZone.get(zoneId) ?? []);
  }

  async gaapProxiesById(ids: readonly string[]): Promise<GaapProxyInfo[]> {
    this.calls.push(`byId:${ids.join(",")}`);
    const gate = this.byIdGate;
    this.byIdGate = undefined;
    const answer = this.proxies.filter((p) => ids.includes(p.ProxyId ?? "")).map((p) => ({ ...p }));
    await gate?.opened;
    if (this.fail.byId) throw this.fail.byId;
    return answer;
  }

  async l4ProxiesById(zoneId: string, ids: readonly string[]): Promise<L4ProxyInfo[]> {
    this.calls.push(`l4ById:${zoneId}:${ids.join(",")}`);
    if (this.fail.byId) throw this.fail.byId;
    return (this.l4ByZone.get(zoneId) ?? []).filter((p) => ids.includes(p.ProxyId ?? "")).map((p) => ({ ...p }));
  }

  async *l4Rules(zoneId: string, proxyId: string): AsyncIterable<Page<L4RuleInfo>> {
    this.calls.push(`rules:${zoneId}/${proxyId}`);
    if (this.fail.rules) throw this.fail.rules;
    yield* this.paged(this.rules.get(`${zoneId}/${proxyId}`) ?? []);
  }

  async l4RulesById(zoneId: string, proxyId: string, ids: readonly string[]): Promise<L4RuleInfo[]> {
    this.calls.push(`rulesById:${zoneId}/${proxyId}:${ids.join(",")}`);
    const gate = this.byIdGate;
    this.byIdGate = undefined;
    const answer = (this.rules.get(`${zoneId}/${proxyId}`) ?? []).filter((r) => ids.includes(r.RuleId ?? "")).map((r) => ({ ...r }));
    await gate?.opened;
    if (this.fail.byId) throw this.fail.byId;
    return answer;
  }

  setRuleStatus(ruleId: string, status: string): void {
    for (const list of this.rules.values()) for (const r of list) if (r.RuleId === ruleId) r.Status = status;
  }

  removeRule(ruleId: string): void {
    for (const [k, list] of this.rules) this.rules.set(k, list.filter((r) => r.RuleId !== ruleId));
  }

  setStatus(proxyId: string, status: string): void {
    const p = this.proxies.find((x) => x.ProxyId === proxyId);
    if (p) p.Status = status;
    for (const list of this.l4ByZone.values()) for (const x of list) if (x.ProxyId === proxyId) x.Status = status;
  }

  remove(proxyId: string): void {
    this.proxies = this.proxies.filter((p) => p.ProxyId !== proxyId);
    for (const [z, list] of this.l4ByZone) this.l4ByZone.set(z, list.filter((p) => p.ProxyId !== proxyId));
  }

  private async *paged<T>(items: readonly T[]): AsyncIterable<Page<T>> {
    for (let i = 0; i < Math.max(items.length, 1); i += this.pageSize) {
      await Promise.resolve();
      // Copies, as an API would: the test changing its account must not change what the model already holds.
      yield { items: items.slice(i, i + this.pageSize).map((x) => ({ ...x })), total: items.length };
    }
  }
}
