import { strict as assert } from "node:assert";
import { after, before, describe, it } from "node:test";
import { getAction } from "../../../src/core/actions/registry";
import { ApiError } from "../../../src/core/errors/apiError";
import { tccliCommand } from "../../../src/core/requests/tccliCommand";
import { validateDocument } from "../../../src/core/validation/validateDocument";
import { sandboxCloud, type SandboxCloud } from "../client/sandboxCloud";

/** DescribeProxyDetail, the read a request file sends directly: validated offline, sent through the real SDK. */
describe("a read sent directly: DescribeProxyDetail", () => {
  let env: SandboxCloud;
  before(async () => {
    env = await sandboxCloud({ seed: "demo" });
  });
  after(() => env.close());

  const action = getAction("DescribeProxyDetail")!;
  const send = (params: Record<string, unknown>) => {
    assert.equal(action.send.kind, "direct");
    return action.send.kind === "direct" ? action.send.send(params, env.cloud) : Promise.reject(new Error("not direct"));
  };

  it("answers the connection's detail", async () => {
    const proxy = Object.values(env.sandbox.state.proxies)[0]!;
    const answer = (await send({ ProxyId: proxy.ProxyId })) as { ProxyDetail: { ProxyId: string; ProxyName: string } };
    assert.equal(answer.ProxyDetail.ProxyId, proxy.ProxyId);
    assert.equal(answer.ProxyDetail.ProxyName, proxy.ProxyName);
  });

  it("explains an unknown connection with the API's code", async () => {
    const e = await send({ ProxyId: "link-nope0000" }).catch((x: unknown) => x);
    assert.ok(e instanceof ApiError && e.code === "ResourceNotFound", String(e));
  });

  it("is checked offline like any request file, and copies as tccli gaap", () => {
    const missing = validateDocument(JSON.stringify({ Action: "DescribeProxyDetail" })).findings.map((f) => `${f.code} ${f.path}`);
    assert.deepEqual(missing, ["missing-parameter /ProxyId"]);
    const unknown = validateDocument(JSON.stringify({ Action: "DescribeProxyDetail", ProxyId: "link-1", ProxyIds: ["x"] })).findings.map((f) => f.code);
    assert.deepEqual(unknown, ["unknown-parameter"]);
    const valid = validateDocument(JSON.stringify({ ...action.template, Region: "ap-guangzhou" }));
    assert.equal(tccliCommand({ action, params: valid.params!, region: valid.region }), "tccli gaap DescribeProxyDetail --region ap-guangzhou --version 2018-05-29 --ProxyId link-xxxxxxxx");
  });

  it("the sandbox refuses what the editor marks, with the API's code", async () => {
    const e = await env.cloud.gaap.request("DescribeProxyDetail", {}).catch((x: unknown) => x);
    assert.ok(e instanceof ApiError && e.code === "MissingParameter", String(e));
  });
});
