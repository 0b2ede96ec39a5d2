import { strict as assert } from "node:assert";
import * as path from "node:path";
import { afterEach, beforeEach, describe, it } from "node:test";
import { CredentialError } from "../../../src/core/credentials/credentialError";
import { listProfiles } from "../../../src/core/credentials/listProfiles";
import { maskSecretId } from "../../../src/core/credentials/maskSecretId";
import { IniSyntaxError, parseIni } from "../../../src/core/credentials/parseIni";
import { resolveCredential } from "../../../src/core/credentials/resolveCredential";
import { explainError } from "../../../src/core/errors/explainError";
import { fakeSignedIn, TempHome } from "./credentialFiles";

const ID_A = "AKIDaaaaaaaaaaaaaaaaaaaa1111";
const ID_B = "AKIDbbbbbbbbbbbbbbbbbbbb2222";
const ID_C = "AKIDcccccccccccccccccccc3333";

let home: TempHome;
beforeEach(() => (home = new TempHome()));
afterEach(() => home.remove());

/** The profile the one rule picks (what the extension signs with). */
const resolveProfile = async (...args: Parameters<typeof resolveCredential>) => (await resolveCredential(...args)).profile;

const rejectsWith = (p: Promise<unknown>, code: string, check: (e: CredentialError) => void = () => {}) =>
  assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof CredentialError, `expected a CredentialError, got ${String(e)}`);
    assert.equal(e.code, code);
    check(e);
    return true;
  });

describe("tccli profiles (~/.tccli/<profile>.credential)", () => {
  it("reads every profile, with token, and masks the SecretId in the list", async () => {
    home.tccli("default", { secretId: ID_A, secretKey: "keyA" });
    home.tccli("prod", { secretId: ID_B, secretKey: "keyB", token: "sts-token" });
    home.write(".tccli/default.configure", JSON.stringify({ _sys_param: { region: "ap-guangzhou" } }));
    const list = await listProfiles(home.context());
    assert.deepEqual(
      list.profiles.map((p) => [p.source, p.name, p.maskedSecretId, p.temporary]),
      [
        ["tccli", "default", "AKID****1111", false],
        ["tccli", "prod", "AKID****2222", true],
      ],
    );
    assert.deepEqual(list.errors, []);
    assert.deepEqual(list.preferred, { source: "tccli", name: "default" });
    assert.ok(!JSON.stringify(list).includes("keyA"), "no SecretKey in the list");
    assert.ok(!JSON.stringify(list).includes(ID_A), "no full SecretId in the list");
  });

  it("takes tccli's own files: type \"default\" signs with its keys, the region comes from <profile>.configure", async () => {
    // What `tccli configure set secretId … secretKey … region ap-shanghai use-cvm-role false` writes.
    home.tccli("default", { secretId: ID_A, secretKey: "keyA", type: "default" });
    home.write(".tccli/default.configure", JSON.stringify({ _sys_param: { region: "ap-shanghai", output: "json" }, gaap: { endpoint: "gaap.tencentcloudapi.com", version: "2018-05-29" } }));
    home.tccli("other", { secretId: ID_B, secretKey: "keyB" });
    home.write(".tccli/other.configure", JSON.stringify({ _sys_param: { region: "$(rm -rf ~) not a region" } }));
    const p = await resolveProfile(home.context());
    assert.deepEqual([p.name, p.credential, p.region], ["default", { secretId: ID_A, secretKey: "keyA" }, "ap-shanghai"]);
    const list = await listProfiles(home.context());
    assert.deepEqual(list.profiles.map((x) => [x.name, x.region]), [["default", "ap-shanghai"], ["other", undefined]]);
  });

  it("refuses a key with spaces around it, as tccli does (\"secret id should not contain spaces\")", async () => {
    home.tccli("default", { secretId: ` ${ID_A}`, secretKey: "keyA" });
    home.tccli("tabbed", { secretId: ID_B, secretKey: "keyB\t" });
    const list = await listProfiles(home.context());
    assert.deepEqual(list.profiles, []);
    assert.deepEqual(list.errors.map((e) => [e.code, e.profile, e.detail]), [["Credential.SpacesInKey", "default", "secretId"], ["Credential.SpacesInKey", "tabbed", "secretKey"]]);
    assert.ok(!list.errors.some((e) => e.message.includes(ID_A) || e.message.includes("keyB")), "the keys are not in the errors");
    assert.match(explainError("Credential.SpacesInKey", "zh-CN", list.errors[0]!.params).what, /首尾含有空格/);
    await rejectsWith(resolveCredential(home.context()), "Credential.SpacesInKey");
  });

  it("follows TCCLI_PROFILE", async () => {
    home.tccli("default", { secretId: ID_A, secretKey: "keyA" });
    home.tccli("prod", { secretId: ID_B, secretKey: "keyB", token: "t" });
    home.env.TCCLI_PROFILE = "prod";
    const p = await resolveProfile(home.context());
    assert.deepEqual([p.source, p.name, p.credential], ["tccli", "prod", { secretId: ID_B, secretKey: "keyB", token: "t" }]);
    home.env.TCCLI_PROFILE = "missing";
    await rejectsWith(resolveCredential(home.context()), "Credential.ProfileNotFound", (e) => assert.equal(e.profile, "missing"));
  });

  it("reports malformed files by name and keeps the good profiles", async () => {
    home.tccli("good", { secretId: ID_A, secretKey: "keyA" });
    const broken = home.tccli("broken", "{ secretId: oops");
    const array = home.tccli("array", "[1,2]");
    const noKey = home.tccli("nokey", { secretId: ID_B });
    const role = home.tccli("role", { type: "cvm-role" });
    const list = await listProfiles(home.context());
    assert.deepEqual(list.profiles.map((p) => p.name), ["good"]);
    const byFile = new Map(list.errors.map((e) => [e.file, e]));
    assert.equal(byFile.get(broken)?.code, "Credential.InvalidJson");
    assert.equal(byFile.get(array)?.code, "Credential.InvalidJson");
    assert.equal(byFile.get(noKey)?.code, "Credential.MissingKey");
    assert.equal(byFile.get(noKey)?.detail, "secretKey");
    assert.equal(byFile.get(role)?.code, "Credential.UnsupportedType");
    for (const e of list.errors) assert.ok(e.message.includes(e.file!), "the message names the file");
  });

  it("refuses to fall back silently when the chosen profile is broken", async () => {
    const file = home.tccli("default", "not json");
    home.ini(`[default]\nsecret_id = ${ID_C}\nsecret_key = keyC\n`);
    await rejectsWith(resolveCredential(home.context()), "Credential.InvalidJson", (e) => assert.equal(e.file, file));
  });
});

describe("~/.tencentcloud/credentials (INI)", () => {
  it("reads every section as a profile, comments and quotes included", async () => {
    home.ini(`; written by hand
[default]
secret_id = ${ID_A}
secret_key = "keyA"

# a second account
[staging]
secret_id=${ID_B}
secret_key=keyB
token = sts

# keys are case-sensitive, as the Node SDK reads them (Python's configparser would lower-case them)
[upper]
SECRET_ID = ${ID_C}
secret_key = keyC
`);
    const list = await listProfiles(home.context());
    assert.deepEqual(list.errors.map((e) => [e.code, e.profile, e.detail]), [["Credential.MissingKey", "upper", "secret_id"]]);
    assert.deepEqual(list.profiles.map((p) => [p.source, p.name, p.maskedSecretId, p.temporary]), [
      ["ini", "default", "AKID****1111", false],
      ["ini", "staging", "AKID****2222", true],
    ]);
    const staging = await resolveProfile(home.context(), { source: "ini", name: "staging" });
    assert.deepEqual(staging.credential, { secretId: ID_B, secretKey: "keyB", token: "sts" });
    const dflt = await resolveProfile(home.context());
    assert.deepEqual([dflt.name, dflt.credential.secretKey], ["default", "keyA"]);
  });

  it("honours TENCENTCLOUD_CREDENTIALS_FILE", async () => {
    const file = home.ini(`[default]\nsecret_id=${ID_C}\nsecret_key=keyC\n`, "elsewhere/creds.ini");
    home.env.TENCENTCLOUD_CREDENTIALS_FILE = file;
    const p = await resolveProfile(home.context());
    assert.deepEqual([p.source, p.file, p.credential.secretId], ["ini", file, ID_C]);
  });

  it("reports a syntax error with its file and line, and a section without keys by name", async () => {
    const file = home.ini(`[default]\nsecret_id = ${ID_A}\nthis line is wrong\n`);
    const list = await listProfiles(home.context());
    assert.deepEqual(list.profiles, []);
    assert.equal(list.errors.length, 1);
    assert.deepEqual([list.errors[0]!.code, list.errors[0]!.file, list.errors[0]!.line], ["Credential.InvalidIni", file, 3]);
    await rejectsWith(resolveCredential(home.context()), "Credential.InvalidIni");

    home.ini(`[default]\nsecret_id = ${ID_A}\n[other]\nsecret_id=${ID_B}\nsecret_key=keyB\n`);
    const partial = await listProfiles(home.context());
    assert.deepEqual(partial.profiles.map((p) => p.name), ["other"]);
    assert.deepEqual([partial.errors[0]!.code, partial.errors[0]!.profile, partial.errors[0]!.detail], ["Credential.MissingKey", "default", "secret_key"]);
  });

  it("reports an unreadable file instead of crashing", async () => {
    // A folder where the file should be: reading it fails with EISDIR.
    home.write(path.join(".tencentcloud", "credentials", "oops"), "");
    const list = await listProfiles(home.context());
    assert.equal(list.errors[0]?.code, "Credential.FileUnreadable");
    assert.match(list.errors[0]!.message, /credentials/);
  });

  it("parseIni reads the file as the Node SDK's ini 2.0.0 does, and names the lines it would misread", () => {
    const text = [
      "[default]",
      "SECRET_ID = upper-case is another key",
      'secret_id = "AKID\\u0041"',
      "secret_key = 'k;ey' ; a comment",
      "token = t\\;1 # a comment",
      "secret_id = AKIDlast",
      "[default]",
      "region = ap-shanghai",
    ].join("\n");
    const d = parseIni(text).get("default")!;
    assert.deepEqual(Object.fromEntries(d), { SECRET_ID: "upper-case is another key", secret_id: "AKIDlast", secret_key: "'k", token: "t;1", region: "ap-shanghai" });
    assert.equal(parseIni('[p]\nsecret_id = "AKID\\u0041"\n').get("p")!.get("secret_id"), "AKIDA");
    assert.equal(parseIni("[p]\nsecret_key = 'k;ey'\n").get("p")!.get("secret_key"), "k;ey");
    assert.throws(() => parseIni("\uFEFF[default]\nsecret_id = x\n"), (e: unknown) => e instanceof IniSyntaxError && e.problem === "byte-order-mark");
    assert.throws(() => parseIni("[default] \nsecret_id = x\n"), /line 1/);
    assert.throws(() => parseIni("[default]\nsecret_id: AKIDx\n"), /line 2/);
  });

  it("parseIni keeps keys outside a section out", () => {
    assert.throws(() => parseIni("secret_id = x\n[default]\n"), /line 1/);
    assert.throws(() => parseIni("[]\n"), /line 1/);
    assert.deepEqual([...parseIni("[a]\r\nk = v = w\r\n").get("a")!], [["k", "v = w"]]);
  });
});

describe("environment and explicit keys", () => {
  it("prefers signed-in keys, then the environment, then tccli, then the INI file", async () => {
    home.tccli("default", { secretId: ID_B, secretKey: "keyB" });
    home.ini(`[default]\nsecret_id=${ID_C}\nsecret_key=keyC\n`);
    assert.equal((await resolveProfile(home.context())).source, "tccli");
    home.env.TENCENTCLOUD_SECRET_ID = ID_A;
    home.env.TENCENTCLOUD_SECRET_KEY = "keyA";
    home.env.TENCENTCLOUD_SESSION_TOKEN = "tok";
    const env = await resolveProfile(home.context());
    assert.deepEqual([env.source, env.credential], ["env", { secretId: ID_A, secretKey: "keyA", token: "tok" }]);
    const signedIn = fakeSignedIn({ "AKID****9999": { secretId: "AKIDsignedinsignedin9999", secretKey: "k" } });
    const explicit = await resolveProfile(home.context({ signedIn }));
    assert.deepEqual([explicit.source, explicit.name, explicit.credential.secretKey], ["explicit", "AKID****9999", "k"]);
    const list = await listProfiles(home.context({ signedIn }));
    assert.deepEqual(list.profiles.map((p) => p.source), ["explicit", "env", "tccli", "ini"]);
    assert.deepEqual(list.preferred, { source: "explicit", name: "AKID****9999" });
  });

  it("reports half a key pair in the environment", async () => {
    home.env.TENCENTCLOUD_SECRET_ID = ID_A;
    await rejectsWith(resolveCredential(home.context()), "Credential.IncompleteEnvironment", (e) => assert.equal(e.detail, "TENCENTCLOUD_SECRET_KEY"));
  });

  it("says so when there is nothing at all, and words every error in both languages", async () => {
    await rejectsWith(resolveCredential(home.context()), "Credential.NotFound", (e) => {
      assert.match(explainError(e.code, "en", e.params).todo, /sandbox/);
      assert.match(explainError(e.code, "zh-cn", e.params).what, /凭证/);
    });
    const list = await listProfiles(home.context());
    assert.deepEqual(list, { profiles: [], errors: [] });
    const bad = new CredentialError({ code: "Credential.InvalidIni", file: "/x/credentials", line: 7, problem: "expected-section-or-entry" });
    assert.equal(explainError(bad.code, "en", bad.params).what, "The credentials file /x/credentials has a syntax error on line 7: expected [section] or key = value.");
    assert.match(explainError(bad.code, "zh-CN", bad.params).what, /第 7 行/);
  });

  it("masks SecretIds", () => {
    assert.equal(maskSecretId("AKIDabcdefghijklmnop1234"), "AKID****1234");
    assert.equal(maskSecretId("short"), "****");
    assert.equal(maskSecretId(""), "(none)");
  });
});
