import { strict as assert } from "node:assert";
import { afterEach, beforeEach, describe, it } from "node:test";
import { CredentialError } from "../../../src/core/credentials/credentialError";
import { findJsonFault } from "../../../src/core/credentials/findJsonFault";
import { listProfiles } from "../../../src/core/credentials/listProfiles";
import { resolveCredential } from "../../../src/core/credentials/resolveCredential";
import { explainError } from "../../../src/core/errors/explainError";
import { TempHome } from "../client/credentialFiles";

/** A planted SecretKey: no message may carry any 4-character piece of it. */
const KEY = "Zq7Xw2Lp9Rt4Vn8Bk3Md6Hs1Jf5Gc0Ya";
const ID = "AKIDplantedplantedplanted0001";
const fragments = Array.from({ length: KEY.length - 3 }, (_, i) => KEY.slice(i, i + 4));

/** Everything a user or a log could see of an error: its message, stack, fields and its wording in both languages. */
function shownTexts(e: CredentialError): string[] {
  return [e.message, String(e), e.stack ?? "", JSON.stringify(e), ...["en", "zh-cn"].flatMap((l) => Object.values(explainError(e.code, l, e.params)))];
}

function assertNoFragment(texts: string[], what: string): void {
  for (const text of texts) {
    const leaked = fragments.find((f) => text.includes(f));
    assert.equal(leaked, undefined, `${what}: "${leaked}" of the SecretKey appears in: ${text}`);
  }
}

let home: TempHome;
beforeEach(() => (home = new TempHome()));
afterEach(() => home.remove());

const TCCLI_CASES: Array<[name: string, text: string, line: number, problem: string]> = [
  ["unquoted", `{\n  "secretId": "${ID}",\n  "secretKey": ${KEY}\n}`, 3, "unquoted-text"],
  ["smartquotes", `{\n  "secretId": "${ID}",\n  "secretKey": \u201C${KEY}\u201D\n}`, 3, "wrong-quotes"],
  ["singlequotes", `{"secretId": "${ID}",\n"secretKey": '${KEY}'}`, 2, "wrong-quotes"],
  ["stray", `{"secretId": "${ID}", "secretKey": "${KEY}"x}`, 1, "unquoted-text"],
  ["straypunct", `{"secretId": "${ID}", "secretKey": "${KEY}";}`, 1, "invalid-character"],
  ["unterminated", `{"secretId": "${ID}",\n"secretKey": "${KEY}`, 2, "unterminated-string"],
  ["missingcomma", `{"secretKey": "${KEY}"\n"secretId": "${ID}"}`, 2, "expected-comma-or-close"],
  ["trailing", `{"secretId": "${ID}", "secretKey": "${KEY}",\n}`, 2, "trailing-comma"],
  ["comment", `{"secretId": "${ID}", // ${KEY}\n"secretKey": "${KEY}"}`, 1, "comment"],
  ["twoobjects", `{"secretKey": "${KEY}"}\n{"secretId": "${ID}"}`, 2, "text-after-end"],
  ["truncated", `{"secretId": "${ID}", "secretKey": "${KEY}"`, 1, "unexpected-end"],
  ["empty", "  \n", 2, "empty-file"],
];

describe("a malformed credentials file is reported without any piece of its keys", () => {
  for (const [name, text, line, problem] of TCCLI_CASES) {
    it(`tccli ${name}: names the file, line ${line} and what is wrong`, async () => {
      const file = home.tccli(name, text);
      const { errors } = await listProfiles(home.context());
      assert.equal(errors.length, 1);
      const e = errors[0]!;
      assert.deepEqual([e.code, e.file, e.line, e.problem], ["Credential.InvalidJson", file, line, problem]);
      assert.match(explainError(e.code, "en", e.params).what, new RegExp(`line ${line}, `));
      assert.match(explainError(e.code, "zh-cn", e.params).what, new RegExp(`第 ${line} 行`));
      assertNoFragment(shownTexts(e), name);
      home.env.TCCLI_PROFILE = name;
      await assert.rejects(resolveCredential(home.context()), (thrown: unknown) => {
        assert.ok(thrown instanceof CredentialError);
        assertNoFragment(shownTexts(thrown), `${name} (resolving)`);
        return true;
      });
    });
  }

  it("a key pasted as the profile type is not repeated as the unsupported type", async () => {
    home.tccli("typed", { type: KEY, secretId: ID, secretKey: "k" });
    const { errors } = await listProfiles(home.context());
    assert.deepEqual([errors[0]?.code, errors[0]?.detail], ["Credential.UnsupportedType", "unknown"]);
    assertNoFragment(shownTexts(errors[0]!), "type");
  });

  for (const [name, text, line] of [
    ["bare key", `[default]\nsecret_id = ${ID}\n${KEY}\n`, 3],
    ["no equals sign", `[default]\nsecret_id = ${ID}\nsecret_key ${KEY}\n`, 3],
    ["unclosed section", `[${KEY}\nsecret_id = ${ID}\n`, 1],
    ["key before any section", `secret_key = ${KEY}\n[default]\n`, 1],
  ] as const) {
    it(`INI ${name}: names the file and line ${line}`, async () => {
      const file = home.ini(text);
      const { errors } = await listProfiles(home.context());
      assert.deepEqual([errors[0]?.code, errors[0]?.file, errors[0]?.line], ["Credential.InvalidIni", file, line]);
      assertNoFragment(shownTexts(errors[0]!), name);
    });
  }

  it("finds the first fault in linear time whatever the nesting", () => {
    const deep = "[".repeat(200_000) + "x";
    const started = performance.now();
    assert.deepEqual(findJsonFault(deep), { line: 1, problem: "unquoted-text" });
    assert.deepEqual(findJsonFault("[".repeat(200_000)), { line: 1, problem: "unexpected-end" });
    assert.ok(performance.now() - started < 2000, "a hostile file is checked quickly");
    assert.deepEqual(findJsonFault('{"a": [1, 2,]}'), { line: 1, problem: "trailing-comma" });
    assert.deepEqual(findJsonFault('{"a" 1}'), { line: 1, problem: "expected-colon" });
    assert.deepEqual(findJsonFault("{1: 2}"), { line: 1, problem: "expected-property-name" });
    assert.deepEqual(findJsonFault("{a: 1}"), { line: 1, problem: "unquoted-text" });
    assert.deepEqual(findJsonFault('{"a": }'), { line: 1, problem: "expected-value" });
    assert.deepEqual(findJsonFault('{"a": "\\q"}'), { line: 1, problem: "invalid-escape" });
  });
});
