import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { canonicalRequest, sha256Hex, stringToSign, tc3Signature, utcDate } from "../../../src/sandbox/http/tc3Signature";
import { hostWithoutPort, verifyTc3 } from "../../../src/sandbox/http/verifyTc3";
import { ApiError } from "../../../src/sandbox/apiError";

// Test vectors from tencent-api.md §1.4 (computed by the SDK's Sign.sign3 and an independent implementation).
const SECRET_ID = "AKIDEXAMPLE";
const SECRET_KEY = "SECRETEXAMPLE";
const TS = 1700000000;

const canonical = (host: string, body: string) =>
  canonicalRequest({ method: "POST", query: "", headers: [["host", host], ["content-type", "application/json"]], payloadHash: sha256Hex(body) });

function signedHeaders(host: string, service: string, body: string, extra: Record<string, string> = {}) {
  const date = utcDate(TS);
  const signature = tc3Signature(SECRET_KEY, date, service, stringToSign({ timestamp: TS, date, service, canonicalRequest: canonical(hostWithoutPort(host), body) }));
  return {
    host,
    "content-type": "application/json",
    "x-tc-timestamp": String(TS),
    authorization: `TC3-HMAC-SHA256 Credential=${SECRET_ID}/${date}/${service}/tc3_request, SignedHeaders=content-type;host, Signature=${signature}`,
    ...extra,
  };
}

const verify = (headers: Record<string, string>, body: string, nowSeconds = TS, product?: "gaap" | "teo") =>
  verifyTc3(
    { method: "POST", rawQuery: "", headers, body: Buffer.from(body) },
    { nowMs: nowSeconds * 1000, secretKeyOf: (id) => (id === SECRET_ID ? SECRET_KEY : undefined), ...(product ? { product } : {}) },
  );

function throwsCode(fn: () => unknown, code: string) {
  assert.throws(fn, (e: unknown) => e instanceof ApiError && e.code === code);
}

describe("TC3-HMAC-SHA256 (tencent-api.md §1.4 vectors)", () => {
  it("vector 1: gaap.tencentcloudapi.com, service gaap", () => {
    const body = '{"Limit":10,"Offset":0}';
    const request = canonical("gaap.tencentcloudapi.com", body);
    assert.equal(
      request,
      "POST\n/\n\ncontent-type:application/json\nhost:gaap.tencentcloudapi.com\n\ncontent-type;host\n00e8a08440fd6f3ae2780213b5a3bdb6f783aef5f6d71db9429d112b32f2ef12",
    );
    const toSign = stringToSign({ timestamp: TS, date: "2023-11-14", service: "gaap", canonicalRequest: request });
    assert.equal(toSign, "TC3-HMAC-SHA256\n1700000000\n2023-11-14/gaap/tc3_request\n2797d51a02a82f13287d67aaba1b92f2afd8b03176ecdc131baf7d05c0893dcf");
    assert.equal(tc3Signature(SECRET_KEY, "2023-11-14", "gaap", toSign), "3f7a1fb2726556525ce2163d74f261a71e8943b1b42f1fa3ed6da068f74e08ac");
  });

  it("vector 2: http://127.0.0.1:8080/, canonical host without the port, service 127", () => {
    const request = canonical("127.0.0.1", '{"ZoneId":"zone-abc"}');
    const toSign = stringToSign({ timestamp: TS, date: utcDate(TS), service: "127", canonicalRequest: request });
    assert.equal(tc3Signature(SECRET_KEY, "2023-11-14", "127", toSign), "c31658a1c7147c5a8054341c4d0bcda6935ff3126e7863c225b5c1885cf0acf6");
  });

  it("verifies a request whose Host header has the port, as the Node SDK sends it", () => {
    const body = '{"ZoneId":"zone-abc"}';
    const headers = signedHeaders("127.0.0.1:8080", "127", body);
    assert.match(headers.authorization, /Signature=c31658a1c7147c5a8054341c4d0bcda6935ff3126e7863c225b5c1885cf0acf6$/);
    assert.equal(verify(headers, body), SECRET_ID);
  });

  it("accepts a service containing ':' and '/' (endpoint forms of §1.3)", () => {
    const body = "{}";
    assert.equal(verify(signedHeaders("localhost:9000", "localhost:9000", body), body), SECRET_ID);
    assert.equal(verify(signedHeaders("127.0.0.1:9000", "http://127", body), body), SECRET_ID);
  });

  it("answers the documented codes", () => {
    const body = "{}";
    const good = signedHeaders("127.0.0.1:1", "127", body);
    throwsCode(() => verify({ ...good, authorization: "" }, body), "AuthFailure.InvalidAuthorization");
    throwsCode(() => verify({ ...good, authorization: "Basic abc" }, body), "AuthFailure.InvalidAuthorization");
    throwsCode(() => verify(good, '{"tampered":1}'), "AuthFailure.SignatureFailure");
    throwsCode(() => verify(good, body, TS + 301), "AuthFailure.SignatureExpire");
    throwsCode(() => verify(good, body, TS - 301), "AuthFailure.SignatureExpire");
    assert.equal(verify(good, body, TS + 300), SECRET_ID);
    throwsCode(() => verify({ ...good, authorization: good.authorization.replace(SECRET_ID, "AKIDOTHER") }, body), "AuthFailure.SecretIdNotFound");
    throwsCode(() => verify({ ...good, authorization: good.authorization.replace("2023-11-14", "2023-11-13") }, body), "AuthFailure.SignatureFailure");
    throwsCode(() => verify({ ...good, "content-type": "text/plain" }, body), "AuthFailure.SignatureFailure");
  });

  it("refuses a scope naming the other product, but accepts the SDK's loopback scope for both", () => {
    const body = "{}";
    assert.equal(verify(signedHeaders("teo.tencentcloudapi.com", "teo", body), body, TS, "teo"), SECRET_ID);
    throwsCode(() => verify(signedHeaders("gaap.tencentcloudapi.com", "gaap", body), body, TS, "teo"), "AuthFailure.SignatureFailure");
    assert.equal(verify(signedHeaders("127.0.0.1:80", "127", body), body, TS, "gaap"), SECRET_ID);
  });
});
