/**
 * Request files the request-file flows write into their workspaces. This one breaks a documented CreateL4Proxy
 * conflict (Ipv6 and StaticIp both on) on line 7; with the default zone ID the zone does not exist either.
 */
export const l4Ipv6StaticConflict = (zoneId = "zone-000000000000", proxyName = "edge-l4") => `{
  "Action": "CreateL4Proxy",
  "ZoneId": "${zoneId}",
  "ProxyName": "${proxyName}",
  "Area": "overseas",
  "Ipv6": "on",
  "StaticIp": "on"
}
`;
