import * as http from "node:http";
import { Client as GaapClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_client";
import { Client as TeoClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/teo/v20220901/teo_client";
import type { SandboxHandle } from "./sandboxConnection";

/**
 * What the Proxies view must show for a sandbox, asked of the sandbox through the official SDK (the same API the
 * extension's client calls), so the flows check the tree against the API rather than against a copy of the seed.
 * Shared by the browser flows and the @vscode/test-electron suite.
 */
export interface Named {
  id: string;
  name: string;
}

export interface SandboxInventory {
  groups: (Named & { proxies: Named[] })[];
  /** Proxies outside any group. */
  ungroupedProxies: Named[];
  zones: (Named & { l4Proxies: Named[] })[];
}

export async function sandboxInventory(sandbox: Pick<SandboxHandle, "endpoint" | "secretId" | "secretKey">): Promise<SandboxInventory> {
  const config = {
    credential: { secretId: sandbox.secretId, secretKey: sandbox.secretKey },
    region: "ap-guangzhou",
    // An explicit agent: the SDK otherwise honours http_proxy even for 127.0.0.1.
    profile: { httpProfile: { endpoint: sandbox.endpoint, protocol: "http://", reqTimeout: 30, agent: new http.Agent() } },
  };
  const gaap = new GaapClient(config);
  const teo = new TeoClient(config);

  const [groupList, proxyList, zoneList] = await Promise.all([
    gaap.DescribeProxyGroupList({ Offset: 0, Limit: 100, ProjectId: -1 }),
    gaap.DescribeProxies({ Offset: 0, Limit: 100 }),
    teo.DescribeZones({ Offset: 0, Limit: 100 }),
  ]);
  const proxies = proxyList.ProxySet ?? proxyList.InstanceSet ?? [];
  const groups = (groupList.ProxyGroupList ?? []).map((g) => ({
    id: g.GroupId ?? "",
    name: g.GroupName || g.GroupId || "",
    proxies: proxies.filter((p) => p.GroupId && p.GroupId === g.GroupId).map(named),
  }));
  const ungroupedProxies = proxies.filter((p) => !p.GroupId).map(named);
  const zones = await Promise.all(
    (zoneList.Zones ?? []).map(async (z) => {
      const l4 = await teo.DescribeL4Proxy({ ZoneId: z.ZoneId ?? "", Offset: 0, Limit: 100 });
      return { id: z.ZoneId ?? "", name: z.ZoneName || z.ZoneId || "", l4Proxies: (l4.L4Proxies ?? []).map(named) };
    }),
  );
  return { groups, ungroupedProxies, zones };
}

function named(p: { ProxyId?: string; ProxyName?: string }): Named {
  return { id: p.ProxyId ?? "", name: p.ProxyName || p.ProxyId || "" };
}

/** The parts of an inventory a tree check walks: a group with proxies, an ungrouped proxy, a zone with L4 proxies. */
export function treeSample(inventory: SandboxInventory): {
  group: SandboxInventory["groups"][number];
  ungroupedProxy: Named | undefined;
  zone: SandboxInventory["zones"][number];
} {
  // The fullest group and zone: more rows checked, and a screenshot that shows more.
  const group = [...inventory.groups].sort((a, b) => b.proxies.length - a.proxies.length).find((g) => g.proxies.length > 0);
  const zone = [...inventory.zones].sort((a, b) => b.l4Proxies.length - a.l4Proxies.length).find((z) => z.l4Proxies.length > 0);
  if (!group) throw new Error(`the sandbox has no connection group with proxies (groups: ${inventory.groups.length}); the tree check needs one`);
  if (!zone) throw new Error(`the sandbox has no EdgeOne zone with L4 proxies (zones: ${inventory.zones.length}); the tree check needs one`);
  return { group, ungroupedProxy: inventory.ungroupedProxies[0], zone };
}
