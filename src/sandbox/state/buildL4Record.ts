import { cryptoRandom, type Random } from "../seededRandom";
import { randomIpv4 } from "./buildProxyRecord";
import { isoTime } from "./isoTime";
import type { DDosProtectionConfig, L4Record, L4Status } from "./sandboxState";

export interface L4Basics {
  ZoneId: string;
  ProxyId: string;
  ProxyName: string;
  Area: string;
  Status: L4Status;
  createdMs: number;
  Ipv6?: string;
  StaticIp?: string;
  AccelerateMainland?: string;
  DDosProtectionConfig?: DDosProtectionConfig | null;
  L4ProxyRuleCount?: number;
}

/** A complete L4 proxy record; static IPs exist only when StaticIp is on, as the API documents Ips. */
export function buildL4Record(basics: L4Basics, random: Random = cryptoRandom): L4Record {
  const staticIp = basics.StaticIp ?? "off";
  return {
    ZoneId: basics.ZoneId,
    ProxyId: basics.ProxyId,
    ProxyName: basics.ProxyName,
    Area: basics.Area,
    Cname: `${basics.ProxyId}.eo.dnse3.com`,
    Ips: staticIp === "on" ? [randomIpv4(random, 43), randomIpv4(random, 43)] : [],
    Status: basics.Status,
    Ipv6: basics.Ipv6 ?? "off",
    StaticIp: staticIp,
    AccelerateMainland: basics.AccelerateMainland ?? "off",
    DDosProtectionConfig: basics.DDosProtectionConfig ?? null,
    L4ProxyRuleCount: basics.L4ProxyRuleCount ?? 0,
    UpdateTime: isoTime(basics.createdMs),
    sandbox: { createdMs: basics.createdMs, pending: null },
  };
}
