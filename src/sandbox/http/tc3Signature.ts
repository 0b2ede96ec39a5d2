import { createHash, createHmac } from "node:crypto";

// TC3-HMAC-SHA256 as documented (cloud.tencent.com/document/api/362/4208) and as the Node SDK signs (tencent-api.md §1.4, §4.2).
// The sandbox computes what the client should have sent and compares; it never signs requests of its own.

export const sha256Hex = (data: string | Buffer): string => createHash("sha256").update(data).digest("hex");

const hmac = (key: string | Buffer, data: string): Buffer => createHmac("sha256", key).update(data, "utf8").digest();

export interface CanonicalRequestParts {
  method: string;
  /** "" for POST; the raw query after "?" for GET. */
  query: string;
  /** Signed headers, names lowercase, values as they go in the canonical form (trimmed, lowercase). */
  headers: ReadonlyArray<readonly [string, string]>;
  /** Hex SHA-256 of the raw body (of "" for GET). */
  payloadHash: string;
}

export function canonicalRequest(parts: CanonicalRequestParts): string {
  const sorted = [...parts.headers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const canonicalHeaders = sorted.map(([name, value]) => `${name}:${value}\n`).join("");
  const signedHeaders = sorted.map(([name]) => name).join(";");
  return [parts.method, "/", parts.query, canonicalHeaders, signedHeaders, parts.payloadHash].join("\n");
}

export interface StringToSignParts {
  timestamp: number | string;
  /** UTC YYYY-MM-DD of the timestamp. */
  date: string;
  service: string;
  canonicalRequest: string;
}

export function stringToSign(parts: StringToSignParts): string {
  return ["TC3-HMAC-SHA256", String(parts.timestamp), `${parts.date}/${parts.service}/tc3_request`, sha256Hex(parts.canonicalRequest)].join("\n");
}

/** The hex signature of a string to sign, with the key derived from the SecretKey, date and service. */
export function tc3Signature(secretKey: string, date: string, service: string, toSign: string): string {
  const kDate = hmac("TC3" + secretKey, date);
  const kService = hmac(kDate, service);
  const kSigning = hmac(kService, "tc3_request");
  return createHmac("sha256", kSigning).update(toSign, "utf8").digest("hex");
}

/** UTC date (YYYY-MM-DD) of a Unix timestamp in seconds. */
export const utcDate = (timestampSeconds: number): string => new Date(timestampSeconds * 1000).toISOString().slice(0, 10);
