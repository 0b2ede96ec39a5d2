/** What an IP_DOMAIN origin value is: an IPv4 or IPv6 address, a domain name, or neither. */
export type OriginKind = "ipv4" | "ipv6" | "domain" | "invalid";

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const DOMAIN = /^(?=.{1,253}$)(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z][a-zA-Z0-9-]{0,61}$/;
const IPV6 = /^[0-9a-fA-F:.]{2,45}$/;

function ipv4Octets(text: string): number[] | undefined {
  const match = IPV4.exec(text);
  if (!match) return undefined;
  const octets = match.slice(1).map(Number);
  return octets.every((o) => o <= 255) ? octets : undefined;
}

export function originKind(text: string): OriginKind {
  if (ipv4Octets(text)) return "ipv4";
  if (text.includes(":")) return IPV6.test(text) && text.split("::").length <= 2 ? "ipv6" : "invalid";
  return DOMAIN.test(text) ? "domain" : "invalid";
}

/**
 * An address EdgeOne cannot reach as an origin: private (RFC 1918), shared (100.64/10), loopback, link-local,
 * "this network", or IPv6 loopback, unique-local and link-local (InvalidParameter.OriginIsInnerIp).
 */
export function isInnerAddress(text: string): boolean {
  const octets = ipv4Octets(text);
  if (octets) {
    const [a, b] = octets as [number, number, number, number];
    return a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
  }
  const v6 = text.toLowerCase();
  if (!v6.includes(":")) return false;
  return v6 === "::1" || v6 === "::" || /^f[cd][0-9a-f]{0,2}:/.test(v6) || /^fe[89ab][0-9a-f]?:/.test(v6);
}
