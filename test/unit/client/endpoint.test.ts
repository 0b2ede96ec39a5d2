import { strict as assert } from "node:assert";
import * as http from "node:http";
import * as https from "node:https";
import { describe, it } from "node:test";
import { createAgent, serviceEndpoint } from "../../../src/core/client/endpoint";

describe("endpoints", () => {
  it("picks the China or international host per service", () => {
    assert.deepEqual(serviceEndpoint({ kind: "cloud", site: "china" }, "gaap"), { host: "gaap.tencentcloudapi.com", protocol: "https://" });
    assert.deepEqual(serviceEndpoint({ kind: "cloud", site: "china" }, "teo"), { host: "teo.tencentcloudapi.com", protocol: "https://" });
    assert.deepEqual(serviceEndpoint({ kind: "cloud", site: "intl" }, "gaap"), { host: "gaap.intl.tencentcloudapi.com", protocol: "https://" });
    assert.deepEqual(serviceEndpoint({ kind: "cloud", site: "intl" }, "teo"), { host: "teo.intl.tencentcloudapi.com", protocol: "https://" });
  });

  it("talks plain HTTP to a loopback sandbox only", () => {
    assert.deepEqual(serviceEndpoint({ kind: "sandbox", host: "127.0.0.1:8080" }, "teo"), { host: "127.0.0.1:8080", protocol: "http://" });
    assert.throws(() => serviceEndpoint({ kind: "sandbox", host: "example.com:80" }, "gaap"), RangeError);
    assert.throws(() => serviceEndpoint({ kind: "sandbox", host: "http://127.0.0.1:8080" }, "gaap"), RangeError);
  });

  it("always makes an explicit agent of the right kind (so http_proxy is never consulted)", () => {
    const sandbox = createAgent({ kind: "sandbox", host: "127.0.0.1:1" });
    const cloud = createAgent({ kind: "cloud", site: "china" });
    assert.ok(sandbox instanceof http.Agent && !(sandbox instanceof https.Agent));
    assert.ok(cloud instanceof https.Agent);
    sandbox.destroy();
    cloud.destroy();
  });
});
