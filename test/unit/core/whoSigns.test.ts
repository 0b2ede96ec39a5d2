import { strict as assert } from "node:assert";
import { afterEach, beforeEach, describe, it } from "node:test";
import { CredentialError } from "../../../src/core/credentials/credentialError";
import { listProfiles } from "../../../src/core/credentials/listProfiles";
import { resolveCredential } from "../../../src/core/credentials/resolveCredential";
import { refuseForSandbox } from "../../../src/core/credentials/sandboxSigner";
import { secretIdProblem } from "../../../src/core/credentials/secretIdProblem";
import { explainError } from "../../../src/core/errors/explainError";
import { fakeSignedIn, TempHome } from "../client/credentialFiles";

const OLD = { secretId: "AKIDoldoldoldoldoldold0001", secretKey: "old-key" };
const NEW = { secretId: "AKIDnewnewnewnewnewnew0002", secretKey: "new-key" };
const ENV = { secretId: "AKIDenvenvenvenvenvenv0003", secretKey: "env-key" };

let home: TempHome;
beforeEach(() => (home = new TempHome()));
afterEach(() => home.remove());

const who = async (...args: Parameters<typeof resolveCredential>) => {
  const { profile, replaced } = await resolveCredential(...args);
  return { signs: `${profile.source}:${profile.name}`, key: profile.credential.secretKey, replaced };
};

/** The rule CloudSession calls (resolveCredential with the SecretStorage-backed signedIn), case by case. */
describe("who signs: one rule for the extension and the CLI", () => {
  it("the newest signed-in key comes first, then the environment, tccli and the INI file", async () => {
    home.env = { TENCENTCLOUD_SECRET_ID: ENV.secretId, TENCENTCLOUD_SECRET_KEY: ENV.secretKey };
    home.tccli("default", { secretId: "AKIDtcclitcclitccli0004", secretKey: "tccli-key" });
    const signedIn = fakeSignedIn({ "AKID****0001": OLD, "AKID****0002": NEW });
    assert.deepEqual(await who(home.context({ signedIn })), { signs: "explicit:AKID****0002", key: "new-key", replaced: undefined });
    // The newest one's key is gone from the keychain: the next source, not an older signed-in key.
    assert.equal((await who(home.context({ signedIn: fakeSignedIn({ "AKID****0001": OLD, "AKID****0002": undefined }) }))).signs, "env:environment");
    // The CLI has no signed-in keys.
    assert.equal((await who(home.context())).signs, "env:environment");
  });

  it("a selected profile wins; a selected one that is gone falls back to the default and says which", async () => {
    home.env = { TENCENTCLOUD_SECRET_ID: ENV.secretId, TENCENTCLOUD_SECRET_KEY: ENV.secretKey };
    home.tccli("prod", { secretId: "AKIDprodprodprodprod0005", secretKey: "prod-key" });
    const signedIn = fakeSignedIn({ "AKID****0001": OLD, "AKID****0002": NEW });
    const ctx = home.context({ signedIn });
    assert.equal((await who(ctx, { source: "explicit", name: "AKID****0001" })).key, "old-key");
    assert.equal((await who(ctx, { source: "tccli", name: "prod" })).key, "prod-key");
    assert.deepEqual(await who(ctx, { source: "tccli", name: "deleted" }), { signs: "explicit:AKID****0002", key: "new-key", replaced: { source: "tccli", name: "deleted" } });
    assert.deepEqual((await who(ctx, { source: "explicit", name: "signed-out" })).replaced, { source: "explicit", name: "signed-out" });
  });

  it("a selected profile that is broken is an error, never a silent switch to another identity", async () => {
    home.env = { TENCENTCLOUD_SECRET_ID: ENV.secretId, TENCENTCLOUD_SECRET_KEY: ENV.secretKey };
    const file = home.tccli("prod", "{ not json");
    await assert.rejects(resolveCredential(home.context(), { source: "tccli", name: "prod" }), (e: unknown) => e instanceof CredentialError && e.code === "Credential.InvalidJson" && e.file === file);
  });

  it("lists signed-in profiles newest first without reading their keys", async () => {
    const signedIn = fakeSignedIn({ "AKID****0001": OLD, "AKID****0002": NEW });
    const list = await listProfiles(home.context({ signedIn }));
    assert.deepEqual(list.profiles.map((p) => p.name), ["AKID****0002", "AKID****0001"]);
    assert.deepEqual(signedIn.reads, ["AKID****0002"], "only the preferred one is read, to know it is usable");
    assert.ok(!JSON.stringify(list).includes("new-key"));
    await assert.rejects(resolveCredential(home.context()), (e: unknown) => e instanceof CredentialError && e.code === "Credential.NotFound");
  });
});

describe("the sandbox gets only its own keys", () => {
  const SANDBOX = { secretId: "AKIDsandboxsandboxsandbox0006", secretKey: "sandbox-key" };

  it("accepts the sandbox's pair and refuses any other SecretId, masked in the refusal", () => {
    assert.equal(refuseForSandbox(SANDBOX, SANDBOX.secretId), undefined);
    // The same SecretId from another profile (the environment, a sign-in) is the sandbox's own key.
    assert.equal(refuseForSandbox({ ...SANDBOX, secretKey: "typed-wrong" }, SANDBOX.secretId), undefined);
    const refusal = refuseForSandbox(NEW, SANDBOX.secretId);
    assert.equal(refusal?.code, "Credential.NotSandboxKey");
    for (const lang of ["en", "zh-cn"]) {
      const { what } = explainError(refusal!.code, lang, refusal!.params);
      assert.match(what, /AKID\*\*\*\*0002/);
      assert.ok(!what.includes(NEW.secretId) && !refusal!.message.includes(NEW.secretId));
    }
    // A running sandbox whose SecretId is not configured takes no profile at all.
    assert.equal(refuseForSandbox(SANDBOX, "")?.code, "Credential.NotSandboxKey");
  });
});

describe("Sign In's SecretId box", () => {
  it("refuses what is not a SecretId, such as a SecretKey pasted there", () => {
    assert.equal(secretIdProblem(" AKIDabcdefgh12345678abcdefgh12345678 "), undefined);
    assert.equal(secretIdProblem("Zq7Xw2Lp9Rt4Vn8Bk3Md6Hs1Jf5Gc0Ya"), "not-a-secret-id");
    assert.equal(secretIdProblem("AKID"), "not-a-secret-id");
    assert.equal(secretIdProblem("AKID abc"), "spaces");
    assert.equal(secretIdProblem("  "), "empty");
  });
});
