import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import type { WriteDone } from "../../../src/core/client/writeAction";
import { isWriteAction } from "../../../src/core/client/writeAction";
import { fakeCloud, sdkApiError } from "./fakeSdk";

const where = { ZoneId: "zone-1", ProxyId: "sid-1" };

/** A fake cloud whose writes are recorded as the extension's session hears them, with the calls made by then. */
function noticed(handlers: Parameters<typeof fakeCloud>[0]) {
  const notices: (WriteDone & { callsBefore: number })[] = [];
  const f = fakeCloud(handlers, { onWrite: (w) => notices.push({ ...w, callsBefore: f.calls.length }) });
  return { ...f, notices };
}

describe("the cloud tells when a write ends (the extension's live checks look again then)", () => {
  it("after each write of either service, once the answer is in, and never for a read", async () => {
    const f = noticed({
      ModifyL4ProxyRulesStatus: () => ({}),
      DescribeL4ProxyRules: () => ({ TotalCount: 0, L4ProxyRules: [] }),
      DeleteListeners: () => ({ OperationSucceedListenerSet: ["lsr-1"], OperationFailedListenerSet: [], InvalidStatusListenerSet: [] }),
      DescribeProxies: () => ({ TotalCount: 0, ProxySet: [] }),
    });
    await f.cloud.teo.rules.listAll("zone-1", "sid-1");
    await f.cloud.gaap.request("DescribeProxies", { Offset: 0, Limit: 1 });
    assert.equal(f.notices.length, 0, "reads are not writes");
    await f.cloud.teo.rules.modifyStatus({ ...where, RuleIds: ["rule-1"], Status: "offline" });
    assert.deepEqual(f.notices, [{ service: "teo", action: "ModifyL4ProxyRulesStatus", callsBefore: 3 }]);
    await f.cloud.gaap.listeners.deleteListeners({ ProxyId: "link-1", ListenerIds: ["lsr-1"] });
    assert.deepEqual(f.notices.map((n) => [n.service, n.action]), [
      ["teo", "ModifyL4ProxyRulesStatus"],
      ["gaap", "DeleteListeners"],
    ]);
  });

  it("after a refused write too: whether it acted is for the next read to say", async () => {
    const f = noticed({
      DeleteL4ProxyRules: () => {
        throw sdkApiError("InvalidParameter");
      },
    });
    await assert.rejects(f.cloud.teo.rules.delete({ ...where, RuleIds: ["rule-1"] }), { code: "InvalidParameter" });
    assert.deepEqual(f.notices.map((n) => n.action), ["DeleteL4ProxyRules"]);
  });

  it("reads are the Describe, Inquiry and Check actions; everything else may change the account", () => {
    assert.deepEqual(
      ["DescribeL4ProxyRules", "InquiryPriceCreateProxy", "CheckProxyCreate", "ModifyL4ProxyRulesStatus", "BindListenerRealServers", "OpenProxies", "DestroyProxies"].map(isWriteAction),
      [false, false, false, true, true, true, true],
    );
  });
});
