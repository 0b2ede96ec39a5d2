import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { consoleUrl } from "../../../src/core/model/consoleUrl";

describe("consoleUrl", () => {
  it("opens the China or the international console", () => {
    assert.equal(consoleUrl({ kind: "zone", zoneId: "zone-2o0i" }, "china").url, "https://console.cloud.tencent.com/edgeone/zones/detail/zone-2o0i/overview");
    assert.equal(consoleUrl({ kind: "zone", zoneId: "zone-2o0i" }, "intl").url, "https://console.tencentcloud.com/edgeone/zones/detail/zone-2o0i/overview");
  });

  it("sends GAAP proxies and groups to their list pages, with the ID to search for", () => {
    assert.deepEqual(consoleUrl({ kind: "gaapProxy", proxyId: "link-1" }, "china"), { url: "https://console.cloud.tencent.com/gaap", searchFor: "link-1" });
    assert.deepEqual(consoleUrl({ kind: "gaapGroup", groupId: "lg-1" }, "intl"), { url: "https://console.tencentcloud.com/gaap/group", searchFor: "lg-1" });
    assert.equal(consoleUrl({ kind: "l4Proxy", zoneId: "zone-1", proxyId: "sid-1" }, "china").searchFor, "sid-1");
  });

  it("keeps a hostile ID inside its path segment", () => {
    const { url } = consoleUrl({ kind: "zone", zoneId: "../../x?y#z" }, "china");
    assert.equal(url, "https://console.cloud.tencent.com/edgeone/zones/detail/..%2F..%2Fx%3Fy%23z/overview");
  });
});
