/**
 * Tencent Cloud console pages for the view's nodes. The China site's console is console.cloud.tencent.com, the
 * international one console.tencentcloud.com. Pages used: GAAP "Access Management" (the proxy list; the console
 * has no stable per-proxy address), GAAP "Connection Group Management" (/gaap/group), and an EdgeOne site's
 * overview (/edgeone/zones/detail/<ZoneId>/overview), where its L4 proxies are managed.
 */
export type ConsoleTarget = { kind: "gaapProxy"; proxyId: string } | { kind: "gaapGroup"; groupId: string } | { kind: "zone"; zoneId: string } | { kind: "l4Proxy"; zoneId: string; proxyId: string };

export interface ConsoleLink {
  url: string;
  /** The page lists many records: the user finds this one by its ID (the view copies it for them). */
  searchFor?: string;
}

const HOSTS = { china: "https://console.cloud.tencent.com", intl: "https://console.tencentcloud.com" } as const;

/** IDs come from the API; encoding keeps a hostile one from changing the path. */
const seg = (s: string) => encodeURIComponent(s);

export function consoleUrl(target: ConsoleTarget, site: "china" | "intl"): ConsoleLink {
  const host = HOSTS[site];
  switch (target.kind) {
    case "gaapProxy":
      return { url: `${host}/gaap`, searchFor: target.proxyId };
    case "gaapGroup":
      return { url: `${host}/gaap/group`, searchFor: target.groupId };
    case "zone":
      return { url: `${host}/edgeone/zones/detail/${seg(target.zoneId)}/overview` };
    case "l4Proxy":
      return { url: `${host}/edgeone/zones/detail/${seg(target.zoneId)}/overview`, searchFor: target.proxyId };
  }
}
