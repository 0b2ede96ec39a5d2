/**
 * What an IP_DOMAIN origin value is, read without regular expressions that could backtrack: an IPv4 or IPv6
 * address (public or not), a domain name, or neither. Linear in the length of the text.
 */
export type OriginAddress =
  | { kind: "ipv4" | "ipv6"; inner?: "private" | "loopback" | "link-local" | "unspecified" }
  | { kind: "domain" }
  | { kind: "invalid" };

/** The four bytes of a dotted IPv4 address, or undefined. */
export function ipv4Bytes(text: string): number[] | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  const bytes: number[] = [];
  for (const p of parts) {
    if (p.length < 1 || p.length > 3 || !isDigits(p) || (p.length > 1 && p[0] === "0")) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    bytes.push(n);
  }
  return bytes;
}

function ipv4Inner(b: readonly number[]): "private" | "loopback" | "link-local" | "unspecified" | undefined {
  const [a, c] = [b[0]!, b[1]!];
  if (a === 10 || (a === 172 && c >= 16 && c <= 31) || (a === 192 && c === 168)) return "private";
  if (a === 127) return "loopback";
  if (a === 169 && c === 254) return "link-local";
  if (a === 0) return "unspecified";
  return undefined;
}

/** The eight 16-bit groups of an IPv6 address (with :: and a trailing dotted IPv4 allowed), or undefined. */
export function ipv6Groups(text: string): number[] | undefined {
  if (text.length > 45 || text.length < 2) return undefined;
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const side = (s: string, last: boolean): number[] | undefined => {
    if (s === "") return [];
    const out: number[] = [];
    const parts = s.split(":");
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (last && i === parts.length - 1 && p.includes(".")) {
        const v4 = ipv4Bytes(p);
        if (!v4) return undefined;
        out.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
        continue;
      }
      if (p.length < 1 || p.length > 4 || !isHex(p)) return undefined;
      out.push(parseInt(p, 16));
    }
    return out;
  };
  const head = side(halves[0]!, halves.length === 1);
  const tail = halves.length === 2 ? side(halves[1]!, true) : [];
  if (!head || !tail) return undefined;
  if (halves.length === 1) return head.length === 8 ? head : undefined;
  const missing = 8 - head.length - tail.length;
  return missing >= 1 ? [...head, ...new Array<number>(missing).fill(0), ...tail] : undefined;
}

function ipv6Inner(g: readonly number[]): "private" | "loopback" | "link-local" | "unspecified" | undefined {
  const zeroUntil = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroUntil(7) && g[7] === 1) return "loopback";
  if (zeroUntil(8)) return "unspecified";
  if ((g[0]! & 0xffc0) === 0xfe80) return "link-local";
  if ((g[0]! & 0xfe00) === 0xfc00) return "private";
  // An IPv4-mapped address (::ffff:a.b.c.d) is the IPv4 address.
  if (zeroUntil(5) && g[5] === 0xffff) return ipv4Inner([g[6]! >> 8, g[6]! & 0xff, g[7]! >> 8, g[7]! & 0xff]);
  return undefined;
}

/** A DNS name of at least two labels: letters, digits and inner hyphens, 1–63 each, 253 in all, not all digits at the end. */
export function isDomainName(text: string): boolean {
  const name = text.endsWith(".") ? text.slice(0, -1) : text;
  if (name.length < 3 || name.length > 253) return false;
  const labels = name.split(".");
  if (labels.length < 2) return false;
  for (const l of labels) {
    if (l.length < 1 || l.length > 63 || l.startsWith("-") || l.endsWith("-")) return false;
    for (let i = 0; i < l.length; i++) if (!isLabelChar(l.charCodeAt(i))) return false;
  }
  return !isDigits(labels[labels.length - 1]!);
}

export function classifyOrigin(value: string): OriginAddress {
  const v4 = ipv4Bytes(value);
  if (v4) return withInner("ipv4", ipv4Inner(v4));
  if (value.includes(":")) {
    const v6 = ipv6Groups(value);
    return v6 ? withInner("ipv6", ipv6Inner(v6)) : { kind: "invalid" };
  }
  return isDomainName(value) ? { kind: "domain" } : { kind: "invalid" };
}

const withInner = (kind: "ipv4" | "ipv6", inner: ReturnType<typeof ipv4Inner>): OriginAddress => (inner ? { kind, inner } : { kind });

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function isHex(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 0x20;
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

const isLabelChar = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122) || c === 45 || c === 95;
