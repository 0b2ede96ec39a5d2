import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { after, afterEach, before, describe, it } from "node:test";
import { startSandbox, type Sandbox } from "../../../src/sandbox/index";
import { gaapClient, l4Named, proxyNamed, rawRequest, teoClient, withSandbox, zoneNamed } from "./sandboxHarness";

// Names that reach Object.prototype (or its methods) when a plain object is used as a table (issue 12, item 3).
const NAMES = ["__proto__", "constructor", "toString", "hasOwnProperty"] as const;

/** Every own key of the prototypes a polluted table writes to, to compare before and after. */
const prototypeKeys = () =>
  [Object.prototype, Function.prototype, Object, Object.prototype.toString, Object.prototype.hasOwnProperty].map((o) => Reflect.ownKeys(o).map(String).sort().join(","));

const GAAP = "2018-05-29";
const TEO = "2022-09-01";

/** A request written byte by byte: header names the http module refuses to send (`__proto__`) go through. */
function socketRequest(sandbox: Sandbox, headerLines: string[], body = "{}"): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(sandbox.port, "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (c: Buffer) => chunks.push(c));
    socket.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    socket.on("error", reject);
    const head = ["POST / HTTP/1.1", `Host: ${sandbox.endpoint}`, "Content-Type: application/json", `Content-Length: ${Buffer.byteLength(body)}`, "Connection: close", ...headerLines];
    socket.end(head.join("\r\n") + "\r\n\r\n" + body);
  });
}

const errorCodeOf = (text: string): string | undefined => {
  const json = JSON.parse(text.slice(text.indexOf("\r\n\r\n") + 4)) as { Response: { Error?: { Code: string } } };
  return json.Response.Error?.Code;
};

describe("sandbox: client-supplied names never reach Object.prototype (issue 12, item 3)", () => {
  let sandbox: Sandbox;
  let before_: string[];
  const logged: string[] = [];
  before(async () => {
    before_ = prototypeKeys();
    sandbox = await startSandbox({ delays: 0, rateLimit: 100_000, log: (line) => logged.push(line) });
  });
  after(() => sandbox.close());
  afterEach(() => {
    assert.deepEqual(prototypeKeys(), before_, "Object.prototype (or its methods) gained keys");
    assert.deepEqual(logged.splice(0), [], "an internal error was logged");
    assert.equal(({} as Record<string, unknown>).requests, undefined);
  });

  /** A normal request still works after the hostile ones: nothing was broken for the next caller. */
  const stillWorks = async () => {
    const reply = await gaapClient(sandbox, { language: "en-US" }).DescribeProxies({ Limit: 1 });
    assert.ok((reply.TotalCount ?? 0) > 0);
  };

  it("as a ClientToken: created once, replayed, counted in stats, the table untouched", async () => {
    const gaap = gaapClient(sandbox, { language: "en-US" });
    for (const name of NAMES) {
      const create = { ProjectId: 0, ProxyName: `tok-${name.replace(/_/g, "u")}`, AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", Bandwidth: 10, Concurrent: 2, ClientToken: name };
      const first = await gaap.CreateProxy(create);
      const again = await gaap.CreateProxy(create);
      assert.equal(again.InstanceId, first.InstanceId, `${name}: the retry created a second proxy`);
      assert.deepEqual({ ...sandbox.stats.clientTokens[name] }, { requests: 2, creations: 1 }, name);
      const other = await gaap.OpenProxies({ ProxyIds: [first.InstanceId!], ClientToken: name }).then(
        () => "ok",
        (e: { code: string }) => e.code,
      );
      assert.equal(other, "FailedOperation.DuplicatedRequest", `${name}: another action with the same token`);
    }
    assert.ok(Object.hasOwn(sandbox.state.clientTokens, "__proto__"));
    await stillWorks();
  });

  it("as X-TC-Action: InvalidAction when signed, an auth error when not", async () => {
    for (const name of NAMES) {
      for (const version of [GAAP, TEO]) {
        const signed = await rawRequest(sandbox, { action: name, version });
        assert.equal(signed.json().Response.Error?.Code, "InvalidAction", `${name} signed`);
        const unsigned = await rawRequest(sandbox, { action: name, version, sign: false });
        assert.equal(unsigned.json().Response.Error?.Code, "AuthFailure.InvalidAuthorization", `${name} unsigned`);
      }
      assert.equal(sandbox.stats.actions[name], undefined, `${name} is no action to count`);
      const reply = await rawRequest(sandbox, { version: name });
      assert.equal(reply.json().Response.Error?.Code, "NoSuchVersion", `${name} as X-TC-Version`);
    }
    await stillWorks();
  });

  it("as signed header names, sent or not: AuthFailure, never InternalError", async () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const date = new Date(timestamp * 1000).toISOString().slice(0, 10);
    for (const name of NAMES) {
      const lower = name.toLowerCase();
      const authorization = `TC3-HMAC-SHA256 Credential=${sandbox.secretId}/${date}/127/tc3_request, SignedHeaders=content-type;host;${lower}, Signature=${"0".repeat(64)}`;
      const base = [`X-TC-Action: DescribeProxies`, `X-TC-Version: ${GAAP}`, `X-TC-Timestamp: ${timestamp}`, `Authorization: ${authorization}`];
      const absent = await socketRequest(sandbox, base);
      assert.match(errorCodeOf(absent) ?? "", /^AuthFailure\./, `${name} signed, not sent`);
      const sent = await socketRequest(sandbox, [...base, `${name}: x`]);
      assert.match(errorCodeOf(sent) ?? "", /^AuthFailure\./, `${name} signed and sent`);
      const unsignedButSent = await socketRequest(sandbox, [`X-TC-Action: ${name}`, `X-TC-Version: ${GAAP}`, `${name}: x`]);
      assert.equal(errorCodeOf(unsignedButSent), "AuthFailure.InvalidAuthorization", `${name} as a header of an unsigned request`);
      const language = await rawRequest(sandbox, { headers: { "X-TC-Language": name } });
      assert.equal(language.json().Response.Error, undefined, `${name} as X-TC-Language`);
    }
    await stillWorks();
  });

  it("as IDs: ResourceNotFound (or the API's own not-found code)", async () => {
    const gaap = gaapClient(sandbox, { language: "en-US" });
    const teo = teoClient(sandbox, { language: "en-US" });
    const zoneId = zoneNamed(sandbox, "example.com").ZoneId;
    const outcome = (call: Promise<unknown>) =>
      call.then(
        () => "ok",
        (e: { code?: string }) => e.code ?? "transport",
      );
    for (const name of NAMES) {
      assert.equal(await outcome(gaap.DescribeProxyDetail({ ProxyId: name })), "ResourceNotFound", `DescribeProxyDetail ${name}`);
      assert.equal(await outcome(gaap.DescribeProxies({ ProxyIds: [name] })), "ResourceNotFound", `DescribeProxies ${name}`);
      assert.equal(await outcome(gaap.DescribeProxiesStatus({ ProxyIds: [name] })), "ok", `DescribeProxiesStatus ${name}`);
      assert.equal(await outcome(gaap.DescribeTaskStatus({ TaskId: name })), "ResourceNotFound", `DescribeTaskStatus ${name}`);
      assert.equal(await outcome(gaap.OpenProxies({ ProxyIds: [name] })), "ResourceNotFound", `OpenProxies ${name}`);
      assert.equal(await outcome(gaap.ModifyProxyConfiguration({ ProxyId: name, Bandwidth: 10 })), "ResourceNotFound", `ModifyProxyConfiguration ${name}`);
      assert.equal(await outcome(teo.DescribeL4Proxy({ ZoneId: name })), "InvalidParameter.ZoneNotFound", `DescribeL4Proxy ${name}`);
      assert.equal(await outcome(teo.ModifyL4ProxyStatus({ ZoneId: zoneId, ProxyId: name, Status: "offline" })), "ResourceNotFound", `ModifyL4ProxyStatus ${name}`);
      assert.equal(await outcome(teo.DeleteL4Proxy({ ZoneId: name, ProxyId: name })), "InvalidParameter.ZoneNotFound", `DeleteL4Proxy ${name}`);
    }
    await stillWorks();
  });

  it("as filter names, filter values, tag keys and values, order fields", async () => {
    const gaap = gaapClient(sandbox, { language: "en-US" });
    const teo = teoClient(sandbox, { language: "en-US" });
    const zoneId = zoneNamed(sandbox, "example.com").ZoneId;
    const code = (call: Promise<unknown>) =>
      call.then(
        () => "ok",
        (e: { code?: string }) => e.code ?? "transport",
      );
    for (const name of NAMES) {
      const filters = [{ Name: name, Values: [name] }];
      assert.equal(await code(gaap.DescribeProxies({ Filters: filters })), "InvalidParameterValue", `DescribeProxies filter ${name}`);
      assert.equal(await code(gaap.DescribeProxyGroupList({ Offset: 0, Limit: 10, ProjectId: -1, Filters: filters })), "InvalidParameterValue", `groups filter ${name}`);
      assert.equal(await code(teo.DescribeZones({ Filters: filters })), "InvalidParameterValue", `DescribeZones filter ${name}`);
      assert.equal(await code(teo.DescribeL4Proxy({ ZoneId: zoneId, Filters: filters })), "InvalidParameterValue", `DescribeL4Proxy filter ${name}`);
      const byValue = await gaap.DescribeProxies({ Filters: [{ Name: "AccessRegion", Values: [name] }] });
      assert.equal(byValue.TotalCount, 0);
      const byTag = await gaap.DescribeProxies({ TagSet: [{ TagKey: name, TagValue: name }] });
      assert.equal(byTag.TotalCount, 0);
      const zonesByTag = await teo.DescribeZones({ Filters: [{ Name: "tag-key", Values: [name] }] });
      assert.equal(zonesByTag.TotalCount, 0);
      assert.equal(await code(gaap.DescribeProxies({ OrderField: name })), "InvalidParameterValue", `OrderField ${name}`);
      assert.equal(await code(teo.DescribeZones({ Order: name })), "InvalidParameterValue", `Order ${name}`);
    }
    const tagged = await gaap.CreateProxy({
      ProjectId: 0, ProxyName: "tagged", AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", Bandwidth: 10, Concurrent: 2,
      TagSet: NAMES.map((n) => ({ TagKey: n, TagValue: n })),
    });
    assert.ok(tagged.InstanceId);
    await stillWorks();
  });

  it("as body keys and query keys: UnknownParameter, nothing written", async () => {
    for (const name of NAMES) {
      const body = await rawRequest(sandbox, { body: `{${JSON.stringify(name)}: {"requests": 1}, "Limit": 1}` });
      assert.equal(body.json().Response.Error?.Code, "UnknownParameter", `${name} in the body`);
      const nested = await rawRequest(sandbox, { body: `{"Filters": [{"Name": "AccessRegion", "Values": ["x"], ${JSON.stringify(name)}: 1}]}` });
      assert.match(nested.json().Response.Error?.Code ?? "", /^(UnknownParameter|InvalidParameter)/, `${name} in a filter`);
    }
    const get = await gaapClient(sandbox, { reqMethod: "GET", language: "en-US" })
      .request("DescribeProxies", Object.fromEntries(NAMES.map((n) => [n, "1"])))
      .then(
        () => "ok",
        (e: { code?: string }) => e.code,
      );
    assert.equal(get, "UnknownParameter");
    await stillWorks();
  });
});

describe("sandbox: a state file keyed by hostile names loads safely", () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "tcaccel-hostile-state-"));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("keeps records under __proto__ & co. as records and answers normally", async () => {
    const before_ = prototypeKeys();
    const file = path.join(dir, "state.json");
    let proxy: object = {};
    let l4: object = {};
    await withSandbox({ stateFile: file }, async ({ sandbox }) => {
      proxy = { ...proxyNamed(sandbox, "web-sh") };
      l4 = { ...l4Named(sandbox, "game-tcp") };
    });
    // Built as an attacker would write it: in JSON "__proto__" is an own key, which a plain object's assignment would not keep.
    const saved = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, Record<string, unknown>>;
    const keyed = (record: (name: string) => unknown, existing: Record<string, unknown>) => Object.fromEntries([...Object.entries(existing), ...NAMES.map((n) => [n, record(n)])]);
    saved.proxies = keyed((n) => ({ ...proxy, ProxyId: n }), saved.proxies!);
    saved.l4Proxies = keyed((n) => ({ ...l4, ProxyId: n }), saved.l4Proxies!);
    saved.tasks = keyed((n) => ({ TaskId: n, proxyIds: [], target: "RUNNING" }), saved.tasks!);
    // "__proto__" is left out here: it is written after the load, which is where a plain object would lose it.
    saved.clientTokens = Object.fromEntries(NAMES.slice(1).map((n) => [n, { fingerprint: "x", response: { InstanceId: n }, requestId: n }]));
    fs.writeFileSync(file, JSON.stringify(saved));
    assert.ok(fs.readFileSync(file, "utf8").includes(`"__proto__":{`));

    await withSandbox({ stateFile: file, seed: "empty" }, async ({ sandbox, gaap }) => {
      for (const name of NAMES) {
        assert.equal((await gaap.DescribeProxyDetail({ ProxyId: name })).ProxyDetail!.ProxyId, name);
        assert.equal((await gaap.DescribeTaskStatus({ TaskId: name })).Status, "SUCCESS");
        assert.ok(Object.hasOwn(sandbox.state.l4Proxies, name));
      }
      const create = { ProjectId: 0, ProxyName: "after-load", AccessRegion: "Shanghai", RealServerRegion: "Guangzhou", Bandwidth: 10, Concurrent: 2 };
      const replay = await gaap.CreateProxy({ ...create, ClientToken: "toString" }).then(
        () => "ok",
        (e: { code: string }) => e.code,
      );
      assert.equal(replay, "FailedOperation.DuplicatedRequest", "the token from the file is remembered");
      const first = await gaap.CreateProxy({ ...create, ClientToken: "__proto__" });
      const again = await gaap.CreateProxy({ ...create, ClientToken: "__proto__" });
      assert.equal(again.InstanceId, first.InstanceId, "a token written after the load is remembered too");
      const listed = await gaap.DescribeProxies({ Limit: 100 });
      for (const name of NAMES) assert.ok(listed.ProxySet!.some((p) => p.ProxyId === name), `${name} is listed`);
    });
    assert.deepEqual(prototypeKeys(), before_);
    assert.equal(({} as Record<string, unknown>).ProxyId, undefined);
  });
});
