import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { explainError } from "../../../src/core/errors/explainError";
import { fillTemplate } from "../../../src/core/messages/fillTemplate";
import { formatFinding } from "../../../src/core/messages/formatFinding";
import { environmentLocale, languageOf } from "../../../src/core/messages/language";

describe("one locale → language mapper", () => {
  it("gives Simplified Chinese to Simplified Chinese locales only", () => {
    for (const tag of ["zh-cn", "zh-CN", "zh", "zh_CN.UTF-8", "zh-Hans", "zh-Hans-CN", "zh-SG"]) assert.equal(languageOf(tag), "zh-cn", tag);
    // Only zh-cn is translated: a Traditional Chinese reader gets English rather than a script they did not ask for.
    for (const tag of ["zh-TW", "zh-tw", "zh-HK", "zh_TW.UTF-8", "zh-Hant", "zh-Hant-TW", "zh-MO"]) assert.equal(languageOf(tag), "en", tag);
    for (const tag of ["en", "en-US", "C", "C.UTF-8", "", undefined, "zhx", "ja"]) assert.equal(languageOf(tag), "en", String(tag));
  });

  it("reads the POSIX environment in the C library's order", () => {
    assert.equal(environmentLocale({ LC_ALL: "zh_TW.UTF-8", LANG: "zh_CN.UTF-8" }), "zh_TW.UTF-8");
    assert.equal(environmentLocale({ LC_ALL: "", LC_MESSAGES: "zh_CN.UTF-8", LANG: "en_US.UTF-8" }), "zh_CN.UTF-8");
    assert.equal(environmentLocale({}), undefined);
  });

  it("explains errors in the same language the findings use", () => {
    assert.match(explainError("Credential.NotFound", "zh-TW").what, /No Tencent Cloud credentials/);
    assert.match(explainError("Credential.NotFound", "zh-CN").what, /凭证/);
  });
});

describe("one template filler", () => {
  it("never reads a placeholder from the prototype", () => {
    assert.equal(fillTemplate("{constructor} {toString?x}", {}, "en"), "{constructor} ");
    assert.equal(explainError("Credential.ProfileNotFound", "en", {}).what, "There is no profile {profile}.");
    // Codes come from API answers: one named like a prototype member is an unknown code, not a crash.
    for (const code of ["__proto__", "constructor", "toString"]) assert.match(explainError(code, "en").what, new RegExp(`error code ${code}\\.`));
  });
});

describe("each conflict is worded once", () => {
  for (const [finding, code] of [
    ["ipv6-static-ip-conflict", "OperationDenied.Ipv6StaticIpConflict"],
    ["accelerate-mainland-ipv6-conflict", "OperationDenied.AccelerateMainlandIpv6Conflict"],
    ["exclusive-ddos-ipv6-conflict", "OperationDenied.Ipv6AdvancedConflict"],
  ] as const) {
    it(`${finding} says what the API error ${code} says`, () => {
      const en = explainError(code, "en").what.replace(/\.$/, "");
      const zh = explainError(code, "zh-cn").what.replace(/。$/, "");
      assert.equal(formatFinding({ code: finding, params: {} }, "en"), `${en} (${code}).`);
      assert.equal(formatFinding({ code: finding, params: {} }, "zh-cn"), `${zh}（${code}）。`);
    });
  }
});
