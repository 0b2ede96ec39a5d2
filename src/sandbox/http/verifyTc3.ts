import { timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { ApiError } from "../apiError";
import { reason } from "../errorMessages";
import { canonicalRequest, sha256Hex, stringToSign, tc3Signature, utcDate } from "./tc3Signature";

/** How far X-TC-Timestamp may be from the server's time (the API's ±5 minutes). */
const MAX_SKEW_SECONDS = 300;

/** The product names a real endpoint's first label gives; other scopes (the SDK's "127" for 127.0.0.1) are accepted. */
const PRODUCT_SERVICES = new Set(["gaap", "teo"]);

// The service may contain "/" and ":" (the SDK puts the endpoint's first dot-label there: "127", "localhost:8080", "http://127").
const AUTHORIZATION =
  /^TC3-HMAC-SHA256\s+Credential=([^/\s]+)\/(\d{4}-\d{2}-\d{2})\/(.+)\/tc3_request\s*,\s*SignedHeaders=([a-z0-9;_-]+)\s*,\s*Signature=([0-9a-fA-F]{64})$/;

export interface SignedRequest {
  method: string;
  /** The raw query after "?", "" when none. */
  rawQuery: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface VerifyOptions {
  /** The secret key of a SecretId, undefined when the account has no such key. */
  secretKeyOf(secretId: string): string | undefined;
  nowMs: number;
  /** The product the version names, to refuse a scope naming the other product. */
  product?: "gaap" | "teo";
}

/** What the headers alone prove: a well-formed, fresh authorization by a known SecretId. The body is checked later. */
export interface Tc3Authorization {
  secretId: string;
  secretKey: string;
  date: string;
  service: string;
  signedNames: string[];
  signature: string;
  timestampText: string;
}

/** A header's value; only the message's own headers count (a signed name such as `constructor` is no inherited function). */
function headerText(headers: IncomingHttpHeaders, name: string): string | undefined {
  if (!Object.hasOwn(headers, name)) return undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : typeof value === "string" ? value : undefined;
}

/** Host without its port: the Node SDK signs URL.hostname although it sends Host with the port. */
export function hostWithoutPort(host: string): string {
  if (host.startsWith("[")) return host.slice(0, host.indexOf("]") + 1);
  const colon = host.indexOf(":");
  return colon === -1 ? host : host.slice(0, colon);
}

function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a.toLowerCase(), "utf8");
  const y = Buffer.from(b.toLowerCase(), "utf8");
  return x.length === y.length && timingSafeEqual(x, y);
}

const signatureFailure = () => new ApiError("AuthFailure.SignatureFailure");

/**
 * The checks that need no body (tencent-api.md §4.2): malformed header, expired timestamp, unknown SecretId, a scope or
 * date that cannot match. Run before the body is read, so a request that cannot be authentic costs no buffering.
 */
export function checkTc3Headers(headers: IncomingHttpHeaders, options: VerifyOptions): Tc3Authorization {
  const authorization = headerText(headers, "authorization");
  if (!authorization) throw new ApiError("AuthFailure.InvalidAuthorization", reason("the header is missing", "缺少该请求头"));
  const match = AUTHORIZATION.exec(authorization.trim());
  if (!match) throw new ApiError(
      "AuthFailure.InvalidAuthorization",
      reason("it must read TC3-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…", "格式应为 TC3-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…"),
    );
  const [, secretId, date, service, signedHeaderList, signature] = match as unknown as [string, string, string, string, string, string];

  const timestampText = headerText(headers, "x-tc-timestamp") ?? "";
  if (!/^\d{1,12}$/.test(timestampText)) throw new ApiError("MissingParameter", { name: "X-TC-Timestamp" });
  const timestamp = Number(timestampText);
  const serverTime = Math.floor(options.nowMs / 1000);
  if (Math.abs(serverTime - timestamp) > MAX_SKEW_SECONDS) {
    throw new ApiError("AuthFailure.SignatureExpire", { timestamp, serverTime });
  }

  const secretKey = options.secretKeyOf(secretId);
  if (secretKey === undefined) throw new ApiError("AuthFailure.SecretIdNotFound", { secretId });

  const signedNames = signedHeaderList.split(";");
  if (!signedNames.includes("content-type") || !signedNames.includes("host")) throw signatureFailure();
  if (date !== utcDate(timestamp)) throw signatureFailure();
  if (options.product && PRODUCT_SERVICES.has(service) && service !== options.product) throw signatureFailure();
  return { secretId, secretKey, date, service, signedNames, signature, timestampText };
}

/** The signature itself, over the headers and the body: AuthFailure.SignatureFailure when it does not match. */
export function checkTc3Signature(auth: Tc3Authorization, request: SignedRequest): void {
  const hostHeader = (headerText(request.headers, "host") ?? "").trim().toLowerCase();
  // Other clients sign the Host header as sent (with the port); accept either form.
  const hostCandidates = [...new Set([hostWithoutPort(hostHeader), hostHeader])];
  const payloadHash = sha256Hex(request.method === "GET" ? "" : request.body);
  const query = request.method === "GET" ? request.rawQuery : "";

  for (const host of hostCandidates) {
    const headers = auth.signedNames.map((name) => {
      const value = name === "host" ? host : (headerText(request.headers, name) ?? "").trim().toLowerCase();
      return [name, value] as const;
    });
    const canonical = canonicalRequest({ method: request.method, query, headers, payloadHash });
    const toSign = stringToSign({ timestamp: auth.timestampText, date: auth.date, service: auth.service, canonicalRequest: canonical });
    if (sameHex(tc3Signature(auth.secretKey, auth.date, auth.service, toSign), auth.signature)) return;
  }
  throw signatureFailure();
}

/**
 * Checks a request's TC3-HMAC-SHA256 authorization (tencent-api.md §4.2) and returns its SecretId, or throws the
 * error the API gives: malformed header, expired timestamp, unknown SecretId, or a signature that does not match.
 */
export function verifyTc3(request: SignedRequest, options: VerifyOptions): string {
  const auth = checkTc3Headers(request.headers, options);
  checkTc3Signature(auth, request);
  return auth.secretId;
}
