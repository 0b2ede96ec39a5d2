import { newId, type IdKind } from "../newId";
import type { Random } from "../seededRandom";
import { buildL4Record, type L4Basics } from "../state/buildL4Record";
import { buildProxyRecord, type ProxyBasics } from "../state/buildProxyRecord";
import { isoTime } from "../state/isoTime";
import type { GroupRecord, SandboxState, ZoneRecord } from "../state/sandboxState";

const DAY = 86_400_000;

/** Adds seed records to a state with IDs from a seeded generator, so that a seed gives the same IDs every run. */
export class SeedBuilder {
  constructor(
    readonly state: SandboxState,
    private readonly random: Random,
    private readonly now: number,
  ) {}

  id(kind: IdKind): string {
    const { proxies, groups, zones, l4Proxies } = this.state;
    const taken = (id: string) => [proxies, groups, zones, l4Proxies].some((table) => Object.hasOwn(table, id));
    return newId(kind, taken, this.random);
  }

  /** A creation time `days` ago (fractional days give distinct, ordered times). */
  ago(days: number): number {
    return this.now - Math.round(days * DAY);
  }

  group(fields: Omit<GroupRecord, "GroupId" | "Domain" | "Version" | "ProxyType" | "Http3Supported" | "FeatureBitmap" | "CreateTime"> & { days: number }): GroupRecord {
    const GroupId = this.id("group");
    const { days, ...rest } = fields;
    const group: GroupRecord = {
      GroupId,
      Domain: `${GroupId}.gaapqcloud.com.cn`,
      Version: "2.0",
      ProxyType: 100,
      Http3Supported: 1,
      FeatureBitmap: 71,
      CreateTime: Math.floor(this.ago(days) / 1000),
      ...rest,
    };
    this.state.groups[GroupId] = group;
    return group;
  }

  proxy(fields: Omit<ProxyBasics, "ProxyId" | "createdMs"> & { days: number }) {
    const { days, ...rest } = fields;
    const proxy = buildProxyRecord(this.state.catalog, { ...rest, ProxyId: this.id("proxy"), createdMs: this.ago(days) }, this.random);
    this.state.proxies[proxy.ProxyId] = proxy;
    return proxy;
  }

  zone(
    fields: Partial<Omit<ZoneRecord, "ZoneId" | "sandbox">> &
      Pick<ZoneRecord, "ZoneName" | "Area"> & { days: number; sandbox?: Partial<ZoneRecord["sandbox"]> },
  ): ZoneRecord {
    const ZoneId = this.id("zone");
    const { days, sandbox, ...rest } = fields;
    const created = isoTime(this.ago(days));
    const full = (rest.Type ?? "partial") === "full";
    const zone: ZoneRecord = {
      ZoneId,
      AliasZoneName: "",
      Type: "partial",
      Status: "active",
      CnameStatus: "finished",
      ActiveStatus: "active",
      LockStatus: "enable",
      Paused: false,
      Tags: [],
      NameServers: full ? ["ns1.edgeonedns.com", "ns2.edgeonedns.com"] : [],
      OriginalNameServers: full ? ["ns1.example-registrar.com", "ns2.example-registrar.com"] : [],
      CreatedOn: created,
      ModifiedOn: created,
      ...rest,
      sandbox: { accelerateMainlandAllowed: false, l4SoldOutAreas: [], staticIpAreas: ["mainland", "overseas"], ...sandbox },
    };
    this.state.zones[ZoneId] = zone;
    return zone;
  }

  l4(fields: Omit<L4Basics, "ProxyId" | "createdMs"> & { days: number }) {
    const { days, ...rest } = fields;
    const l4 = buildL4Record({ ...rest, ProxyId: this.id("l4"), createdMs: this.ago(days) }, this.random);
    this.state.l4Proxies[l4.ProxyId] = l4;
    return l4;
  }
}
