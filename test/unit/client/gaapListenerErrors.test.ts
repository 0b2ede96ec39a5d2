import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { errorPath } from "../../../src/core/errors/errorPath";
import { explainError, hasExplanation } from "../../../src/core/errors/explainError";
import { fromSdkError } from "../../../src/core/errors/fromSdkError";
import { isRetryableCode } from "../../../src/core/errors/errorClass";

// The GAAP codes traffic-api.md "Cross-cutting" lists as missing from the catalogue (issue 16 point 6).
const CODES = [
  "FailedOperation.ListenerHasTask",
  "FailedOperation.ListenerStatusError",
  "FailedOperation.ProxyStatusNotInRuning",
  "FailedOperation.LimitNumofListener",
  "FailedOperation.OperateLimitNumofListener",
  "FailedOperation.LimitRealServerNum",
  "FailedOperation.LimitNumofRules",
  "FailedOperation.RealServerNotInProject",
  "FailedOperation.RuleAlreadyExisted",
  "FailedOperation.DomainAlreadyExisted",
  "FailedOperation.DomainStatusNotInRunning",
  "FailedOperation.CertificateIsUsing",
  "FailedOperation.ProxySecurityPolicyExisted",
  "FailedOperation.ProxySecurityPolicyDuplicatedRule",
  "FailedOperation.ProxySecurityPolicyDefaultRule",
  "FailedOperation.ProxySecurityPolicyOperating",
  "FailedOperation.InvalidListenerProtocol",
  "InvalidParameterValue.DuplicatedListenerPort",
  "InvalidParameterValue.InvalidListenerPort",
  "InvalidParameterValue.DuplicateRS",
  "InvalidParameterValue.RealServerNotBelong",
  "InvalidParameterValue.CertificateContentNotMatchKey",
  "InvalidParameterValue.CertificateNotMatchDomain",
  "InvalidParameterValue.InvalidCertificateContent",
  "InvalidParameterValue.InvalidCertificateId",
  "InvalidParameterValue.InvalidCertificateKey",
  "LimitExceeded.Domain",
];

describe("GAAP listener and origin-server error codes", () => {
  for (const code of CODES) {
    it(`${code} is explained in English and Chinese`, () => {
      assert.ok(hasExplanation(code), code);
      const en = explainError(code, "en");
      const zh = explainError(code, "zh-cn");
      assert.ok(en.what && en.todo);
      assert.match(zh.what + zh.todo, /[\u4e00-\u9fff]/);
      assert.notEqual(en.what, zh.what);
    });
  }

  it("puts the refusals that concern a parameter on it", () => {
    const on = (code: string, action: string) => fromSdkError(Object.assign(new Error(code), { code, requestId: "r" }), { action, service: "gaap", timedOut: false }).path;
    assert.equal(on("InvalidParameterValue.DuplicatedListenerPort", "CreateTCPListeners"), "/Ports");
    assert.equal(on("InvalidParameterValue.DuplicateRS", "AddRealServers"), "/RealServerIP");
    assert.equal(on("InvalidParameterValue.RealServerNotBelong", "BindListenerRealServers"), "/RealServerBindSet");
    assert.equal(on("FailedOperation.ProxyStatusNotInRuning", "CreateUDPListeners"), "/ProxyId");
    assert.equal(errorPath("FailedOperation.ListenerHasTask", "DeleteListeners"), "/ListenerIds");
    assert.equal(errorPath("FailedOperation.RealServerAlreadyBound", "RemoveRealServers"), "/RealServerIds");
    assert.equal(errorPath("FailedOperation.RealServerAlreadyBound", "DestroyProxies"), undefined, "other actions keep their own");
  });

  it("retries the passing refusals of listener work, and only those", () => {
    assert.equal(isRetryableCode("FailedOperation.ListenerHasTask"), true);
    assert.equal(isRetryableCode("FailedOperation.ProxySecurityPolicyOperating"), true);
    assert.equal(isRetryableCode("InvalidParameterValue.DuplicatedListenerPort"), false);
    assert.equal(isRetryableCode("FailedOperation.ListenerStatusError"), false);
  });
});
