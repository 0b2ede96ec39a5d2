import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { ApiError } from "../../../src/core/errors/apiError";
import { isAmbiguousCode, isRetryableCode } from "../../../src/core/errors/errorClass";
import { errorPath } from "../../../src/core/errors/errorPath";
import { explainError, explainedCodes, hasExplanation } from "../../../src/core/errors/explainError";
import { fromSdkError } from "../../../src/core/errors/fromSdkError";
import { DOCUMENTED_CODES, documentedCodesFromReference } from "./documentedCodes";
import { sdkApiError, sdkHttpError, sdkNetworkError } from "./fakeSdk";

const ctx = { action: "CreateProxy", service: "gaap" as const };

describe("fromSdkError", () => {
  it("maps an API error with its code, RequestId, action and parameter path", () => {
    const e = fromSdkError(sdkApiError("InvalidParameterValue.InvalidBandwidth", "rid-1"), ctx);
    assert.ok(e instanceof ApiError);
    assert.deepEqual(
      [e.code, e.requestId, e.action, e.service, e.path, e.retryable, e.ambiguous, e.httpStatus],
      ["InvalidParameterValue.InvalidBandwidth", "rid-1", "CreateProxy", "gaap", "/Bandwidth", false, false, undefined],
    );
    assert.equal(e.traceId, "trace");
  });

  it("maps non-200 answers, network failures, timeouts and unreadable answers", () => {
    const http = fromSdkError(sdkHttpError(502), ctx);
    assert.deepEqual([http.code, http.httpStatus, http.retryable, http.ambiguous], ["ClientError.HttpStatusCodeError", 502, true, true]);
    const h404 = fromSdkError(sdkHttpError(404), ctx);
    assert.deepEqual([h404.retryable, h404.ambiguous], [false, false]);

    const reset = fromSdkError(sdkNetworkError("socket hang up"), ctx);
    assert.deepEqual([reset.code, reset.requestId, reset.retryable, reset.ambiguous], ["ClientError.NetworkError", "", true, true]);
    const refused = fromSdkError(sdkNetworkError("connect ECONNREFUSED 127.0.0.1:1"), ctx);
    assert.deepEqual([refused.retryable, refused.ambiguous], [true, false], "nothing was sent, so nothing can have happened");

    const timeout = fromSdkError(sdkNetworkError("The user aborted a request."), { ...ctx, timedOut: true });
    assert.deepEqual([timeout.code, timeout.retryable, timeout.ambiguous], ["ClientError.Timeout", true, true]);

    const garbage = fromSdkError(new TypeError("Cannot read properties of undefined (reading 'Error')"), ctx);
    assert.deepEqual([garbage.code, garbage.retryable, garbage.ambiguous], ["ClientError.InvalidResponse", false, true], "an unreadable answer is not asked for again");
  });

  it("maps a body cut off while read (node-fetch's FetchError with the socket's code) to a network failure", () => {
    const cut = Object.assign(new Error("Invalid response body while trying to fetch http://127.0.0.1:1/: aborted"), { name: "FetchError", type: "system", code: "ECONNRESET" });
    const e = fromSdkError(cut, ctx);
    assert.deepEqual([e.code, e.retryable, e.ambiguous], ["ClientError.NetworkError", true, true]);
    const badJson = Object.assign(new Error("invalid json response body"), { name: "FetchError", type: "invalid-json" });
    assert.deepEqual([fromSdkError(badJson, ctx).code, fromSdkError(badJson, ctx).retryable], ["ClientError.InvalidResponse", false]);
  });

  it("keeps no more than a thousand characters of what an endpoint calls its code, RequestId and message", () => {
    const huge = "x".repeat(5_000_000);
    const e = fromSdkError(Object.assign(new Error(huge), { code: `InvalidParameter.${huge}`, requestId: huge, traceId: huge }), ctx);
    assert.ok(e.code.length <= 1_000 && e.requestId.length <= 1_000 && e.message.length <= 1_000);
    assert.ok(e.code.startsWith("InvalidParameter."));
  });

  it("paths follow the action's own parameter names", () => {
    assert.equal(errorPath("InvalidParameterValue.InvalidConcurrency"), "/Concurrent");
    assert.equal(errorPath("InvalidParameterValue.UnknownAccessRegion"), "/AccessRegion");
    assert.equal(errorPath("InvalidParameterValue.UnknownDestRegion", "CheckProxyCreate"), "/RealServerRegion");
    assert.equal(errorPath("InvalidParameterValue.UnknownDestRegion", "DescribeAccessRegionsByDestRegion"), "/DestRegion");
    assert.equal(errorPath("InvalidParameter.ProxyNameDuplicating"), "/ProxyName");
    assert.equal(errorPath("OperationDenied.Ipv6StaticIpConflict"), "/StaticIp");
    assert.equal(errorPath("ResourceNotFound", "ModifyProxyConfiguration"), "/ProxyId");
    assert.equal(errorPath("InternalError"), undefined);
  });
});

describe("retryable and ambiguous codes", () => {
  it("retries exactly the passing failures the issue lists", () => {
    for (const code of [
      "RequestLimitExceeded",
      "RequestLimitExceeded.UinLimitExceeded",
      "RequestLimitExceeded.GlobalRegionUinLimitExceeded",
      "RequestLimitExceeded.IPLimitExceeded",
      "InternalError",
      "ServiceUnavailable",
      "FailedOperation.ActionOperateTooQuickly",
      "FailedOperation.ActionIsDoing",
      "OperationDenied.L4ProxyInProcessStatus",
      "InternalError.ConfigLocked",
      "ClientError.NetworkError",
      "ClientError.Timeout",
    ]) {
      assert.ok(isRetryableCode(code), code);
    }
    assert.ok(isRetryableCode("ClientError.HttpStatusCodeError", 503));
    for (const code of ["FailedOperation.DuplicatedRequest", "InvalidParameterValue.InvalidBandwidth", "AuthFailure.SignatureFailure", "ResourceNotFound", "FailedOperation"]) {
      assert.ok(!isRetryableCode(code), code);
    }
  });

  it("calls ambiguous only what may have acted", () => {
    assert.ok(isAmbiguousCode("InternalError"));
    assert.ok(isAmbiguousCode("ClientError.Timeout"));
    assert.ok(isAmbiguousCode("ClientError.HttpStatusCodeError", 500));
    assert.ok(!isAmbiguousCode("RequestLimitExceeded"));
    assert.ok(!isAmbiguousCode("InternalError.ConfigLocked"));
    assert.ok(!isAmbiguousCode("FailedOperation.ActionOperateTooQuickly"));
  });
});

describe("error catalogue", () => {
  const languages = ["en", "zh-cn"] as const;

  it("explains every code named in the seed docs and the reference, in English and Chinese", () => {
    // npm test runs from the repository root; the shared reference sits beside it on the team's machines.
    const fromDocs = documentedCodesFromReference(process.cwd());
    if (fromDocs) for (const c of DOCUMENTED_CODES) assert.ok(fromDocs.has(c), `${c} is still documented`);
    const codes = new Set([...DOCUMENTED_CODES, ...(fromDocs ?? [])]);
    const missing = [...codes].filter((c) => !hasExplanation(c));
    assert.deepEqual(missing, [], "codes without an explanation");
    for (const code of codes) {
      const en = explainError(code, "en");
      const zh = explainError(code, "zh-cn");
      assert.ok(en.what && en.todo && zh.what && zh.todo, code);
      assert.match(zh.what + zh.todo, /[\u4e00-\u9fff]/, `${code}: the Chinese text is Chinese`);
      assert.doesNotMatch(en.what + en.todo, /[\u4e00-\u9fff]/, `${code}: the English text is English`);
    }
    assert.ok(codes.size >= 90, `expected the full list, got ${codes.size}`);
  });

  it("every entry of the catalogue is complete in both languages", () => {
    for (const code of explainedCodes()) for (const lang of languages) assert.ok(explainError(code, lang).todo.length > 5, `${code} ${lang}`);
  });

  it("falls back to the family, then to a sentence that names the code", () => {
    assert.equal(explainError("FailedOperation.SomethingNew", "en").what, explainError("FailedOperation", "en").what);
    assert.match(explainError("Totally.Unknown", "en").what, /Totally\.Unknown/);
    assert.match(explainError("Totally.Unknown", "zh-CN").what, /Totally\.Unknown/);
  });

  it("fills placeholders from the error's details and accepts locale tags", () => {
    assert.equal(explainError("ClientError.HttpStatusCodeError", "en-US", { httpStatus: 502 }).what, "The server answered with HTTP status 502 instead of an API reply.");
    assert.match(explainError("ClientError.WaitTimeout", "zh-CN", { resource: "proxy link-1", target: "RUNNING", waitedMs: 600000, status: "CREATING" }).what, /proxy link-1 在 600000 毫秒内未变为 RUNNING/);
  });
});
