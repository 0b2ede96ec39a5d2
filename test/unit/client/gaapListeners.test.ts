import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { ProxyWriteQueue } from "../../../src/core/client/proxyWriteQueue";
import { ApiError } from "../../../src/core/errors/apiError";
import { isCancelled } from "../../../src/core/errors/cancelledError";
import { assertWorded } from "./assertWorded";
import { fakeCloud, sdkApiError, sdkNetworkError } from "./fakeSdk";

const tcpReq = { ProxyId: "link-1", ListenerName: "web", Ports: [80, 443], Scheduler: "rr", HealthCheck: 1, RealServerType: "IP" };
const sequence = (...answers: Record<string, unknown>[]) => (_p: unknown, n: number) => answers[Math.min(n, answers.length) - 1]!;
const listener = (ListenerStatus: number, extra: Record<string, unknown> = {}) => ({ TotalCount: 1, ListenerSet: [{ ListenerId: "listener-1", ListenerStatus, ...extra }] });
const notExist = () => Object.assign(new Error("ListenerId(listener-1) Not Exist."), { code: "InvalidParameter", requestId: "req-x", traceId: "t" });

/** A promise and its resolver, to hold a fake answer until the test lets it go. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { open, opened };
}

describe("GAAP listener client: listings and reads", () => {
  it("lists a proxy's TCP listeners page by page (20 a page), scoped to the proxy", async () => {
    const f = fakeCloud({
      DescribeTCPListeners: (p) => ({ TotalCount: 25, ListenerSet: Array.from({ length: p.Offset === 0 ? 20 : 5 }, (_, i) => ({ ListenerId: `listener-${Number(p.Offset) + i}` })) }),
    });
    const ids: string[] = [];
    for await (const page of f.cloud.gaap.listeners.listTcpListeners({ ProxyId: "link-1" })) ids.push(...page.items.map((l) => l.ListenerId ?? ""));
    assert.equal(ids.length, 25);
    assert.deepEqual(f.callsOf("DescribeTCPListeners").map((c) => [c.params.ProxyId, c.params.GroupId, c.params.Offset, c.params.Limit]), [
      ["link-1", undefined, 0, 20],
      ["link-1", undefined, 20, 20],
    ]);
  });

  it("lists the account's origin servers in every project, 50 a page, and refuses a hostile TotalCount", async () => {
    const f = fakeCloud({ DescribeRealServers: () => ({ TotalCount: 10_000_000, RealServerSet: [] }) });
    await assert.rejects(async () => {
      for await (const _ of f.cloud.gaap.listeners.listRealServers()) void _;
    }, (e: ApiError) => e.code === "ClientError.ListingTooLong");
    assert.deepEqual([f.calls[0]!.params.ProjectId, f.calls[0]!.params.Limit], [-1, 50]);
  });

  it("reads a listener's bound and bindable origins, and origin bind status", async () => {
    const f = fakeCloud({
      DescribeListenerRealServers: () => ({ TotalCount: 2, RealServerSet: [{ RealServerId: "rs-2" }], BindRealServerTotalCount: 1, BindRealServerSet: [{ RealServerId: "rs-1", RealServerStatus: 0 }] }),
      DescribeRealServersStatus: () => ({ TotalCount: 1, RealServerStatusSet: [{ RealServerId: "rs-1", BindStatus: 1, ProxyId: "link-1" }] }),
    });
    const rs = await f.cloud.gaap.listeners.listenerRealServers("listener-1");
    assert.deepEqual([rs.bound.map((b) => b.RealServerId), rs.bindable.map((b) => b.RealServerId), rs.boundTotal, rs.bindableTotal], [["rs-1"], ["rs-2"], 1, 2]);
    const status = await f.cloud.gaap.listeners.realServersStatus(["rs-1"]);
    assert.equal(status[0]?.BindStatus, 1);
  });
});

describe("GAAP listener client: writes", () => {
  it("creates listeners and returns their IDs; DeleteListeners reports the three sets, Force 0 unless given", async () => {
    const f = fakeCloud({
      CreateTCPListeners: () => ({ ListenerIds: ["listener-a", "listener-b"] }),
      DeleteListeners: () => ({ OperationSucceedListenerSet: ["listener-a"], OperationFailedListenerSet: ["listener-b"], InvalidStatusListenerSet: ["listener-z"] }),
    });
    const out = await f.cloud.gaap.listeners.createTcpListeners(tcpReq);
    assert.deepEqual(out, { listenerIds: ["listener-a", "listener-b"], requestId: "rid-CreateTCPListeners-1", resolvedBy: "response" });
    assert.equal(f.callsOf("CreateTCPListeners")[0]!.params.ClientToken, undefined, "listener writes take no ClientToken");
    const del = await f.cloud.gaap.listeners.deleteListeners({ ProxyId: "link-1", ListenerIds: ["listener-a", "listener-b", "listener-z"] });
    assert.deepEqual([del.succeeded, del.failed, del.invalidStatus], [["listener-a"], ["listener-b"], ["listener-z"]]);
    assert.equal(f.callsOf("DeleteListeners")[0]!.params.Force, 0);
  });

  it("retries FailedOperation.ListenerHasTask and ProxySecurityPolicyOperating", async () => {
    const f = fakeCloud({
      ModifyTCPListenerAttribute: (_p, n) => {
        if (n === 1) throw sdkApiError("FailedOperation.ListenerHasTask");
        if (n === 2) throw sdkApiError("FailedOperation.ProxySecurityPolicyOperating");
        return {};
      },
    });
    const out = await f.cloud.gaap.listeners.modifyTcpListener({ ProxyId: "link-1", ListenerId: "listener-1", Scheduler: "lc" });
    assert.equal(out.requestId, "rid-ModifyTCPListenerAttribute-3");
    assert.equal(f.callsOf("ModifyTCPListenerAttribute").length, 3);
  });

  it("never sends a create again after an ambiguous failure: the listeners are looked up on the proxy", async () => {
    const f = fakeCloud({
      CreateTCPListeners: () => {
        throw sdkNetworkError("socket hang up");
      },
      DescribeTCPListeners: () => ({
        TotalCount: 3,
        ListenerSet: [
          { ListenerId: "listener-80", ListenerName: "web", Port: 80 },
          { ListenerId: "listener-443", ListenerName: "web", Port: 443 },
          { ListenerId: "listener-other", ListenerName: "other", Port: 8080 },
        ],
      }),
    });
    const out = await f.cloud.gaap.listeners.createTcpListeners(tcpReq);
    assert.deepEqual(out, { listenerIds: ["listener-80", "listener-443"], requestId: "", resolvedBy: "lookup" });
    assert.equal(f.callsOf("CreateTCPListeners").length, 1, "sent once");
    assert.equal(f.callsOf("DescribeTCPListeners")[0]!.params.ProxyId, "link-1");
  });

  it("after an ambiguous create, nothing found is NotApplied and a part found is OutcomeUnknown", async () => {
    const none = fakeCloud({ CreateUDPListeners: () => Promise.reject(sdkNetworkError()), DescribeUDPListeners: () => ({ TotalCount: 0, ListenerSet: [] }) });
    await assert.rejects(none.cloud.gaap.listeners.createUdpListeners({ ...tcpReq, GroupId: undefined }), (e: ApiError) => (assertWorded(e), e.code === "ClientError.NotApplied"));
    assert.equal(none.callsOf("DescribeUDPListeners").length, 3, "looked three times before saying so");
    const part = fakeCloud({
      CreateTCPListeners: () => Promise.reject(sdkNetworkError()),
      DescribeTCPListeners: () => ({ TotalCount: 1, ListenerSet: [{ ListenerId: "listener-80", ListenerName: "web", Port: 80 }] }),
    });
    await assert.rejects(part.cloud.gaap.listeners.createTcpListeners(tcpReq), (e: ApiError) => (assertWorded(e), e.code === "ClientError.OutcomeUnknown" && e.ambiguous));
    assert.equal(part.callsOf("CreateTCPListeners").length, 1);
  });

  it("AddRealServers: a DuplicateRS after an ambiguous attempt is the first attempt's work, looked up by address", async () => {
    const f = fakeCloud({
      AddRealServers: (_p, n) => {
        throw n === 1 ? sdkNetworkError() : sdkApiError("InvalidParameterValue.DuplicateRS");
      },
      DescribeRealServers: () => ({ TotalCount: 2, RealServerSet: [{ RealServerId: "rs-1", RealServerIP: "203.0.113.10" }, { RealServerId: "rs-9", RealServerIP: "198.51.100.9" }] }),
    });
    const out = await f.cloud.gaap.listeners.addRealServers({ ProjectId: 0, RealServerIP: ["203.0.113.10"], RealServerName: "o" });
    assert.deepEqual(out, { requestId: "", resolvedBy: "lookup", realServers: [{ RealServerId: "rs-1", RealServerIP: "203.0.113.10" }] });
    // A plain DuplicateRS (no ambiguous attempt before) is the API's refusal, as it came.
    const plain = fakeCloud({ AddRealServers: () => Promise.reject(sdkApiError("InvalidParameterValue.DuplicateRS")) });
    await assert.rejects(plain.cloud.gaap.listeners.addRealServers({ ProjectId: 0, RealServerIP: ["203.0.113.10"], RealServerName: "o" }), { code: "InvalidParameterValue.DuplicateRS" });
  });

  it("routes the listener writes of request files through the typed methods (queued, create never resent)", async () => {
    const f = fakeCloud({ CreateTCPListeners: () => Promise.reject(sdkNetworkError()), DescribeTCPListeners: () => ({ TotalCount: 1, ListenerSet: [{ ListenerId: "listener-80", ListenerName: "web", Port: 80 }] }) });
    const answer = await f.cloud.gaap.request("CreateTCPListeners", { ...tcpReq, Ports: [80] });
    assert.deepEqual(answer, { ListenerIds: ["listener-80"], RequestId: "" });
    assert.equal(f.callsOf("CreateTCPListeners").length, 1);
    assert.equal(f.callsOf("CreateTCPListeners")[0]!.params.ClientToken, undefined);
  });

  it("queues writes to one proxy one after another, and lets other proxies' writes through", async () => {
    const first = gate();
    const order: string[] = [];
    const f = fakeCloud({
      ModifyTCPListenerAttribute: async (p) => {
        order.push(`start ${p.ListenerId}`);
        if (p.ListenerId === "listener-1") await first.opened;
        order.push(`end ${p.ListenerId}`);
        return {};
      },
    });
    const l = f.cloud.gaap.listeners;
    const a = l.modifyTcpListener({ ProxyId: "link-1", ListenerId: "listener-1" });
    const b = l.modifyTcpListener({ ProxyId: "link-1", ListenerId: "listener-2" });
    const c = l.modifyTcpListener({ ProxyId: "link-2", ListenerId: "listener-3" });
    await c;
    assert.deepEqual(order, ["start listener-1", "start listener-3", "end listener-3"], "link-2 went by; link-1's second write waits");
    first.open();
    await Promise.all([a, b]);
    assert.deepEqual(order.slice(3), ["end listener-1", "start listener-2", "end listener-2"]);
  });
});

describe("ProxyWriteQueue", () => {
  it("a caller who cancels while waiting is answered at once and its work never runs; the line behind still waits", async () => {
    const q = new ProxyWriteQueue();
    const hold = gate();
    const ran: string[] = [];
    const first = q.run("proxy:link-1", async () => (await hold.opened, ran.push("first")));
    const cancel = new AbortController();
    const second = q.run("proxy:link-1", async () => ran.push("second"), cancel.signal);
    const third = q.run("proxy:link-1", async () => ran.push("third"));
    cancel.abort();
    await assert.rejects(second, (e: unknown) => isCancelled(e));
    assert.deepEqual(ran, [], "nothing ran past the first, which still holds the line");
    hold.open();
    await Promise.all([first, third]);
    assert.deepEqual(ran, ["first", "third"]);
    assert.equal(q.size, 0, "no entry is kept once a key's line is empty");
  });

  it("a failed write does not stop the line", async () => {
    const q = new ProxyWriteQueue();
    const a = q.run("k", async () => Promise.reject(new Error("boom")));
    const b = q.run("k", async () => "ok");
    await assert.rejects(a, /boom/);
    assert.equal(await b, "ok");
  });
});

describe("GAAP listener waits (ListenerStatus)", () => {
  it("follows 1 creating → 3 origins adjusting → 0 running", async () => {
    const f = fakeCloud({ DescribeTCPListeners: sequence(listener(1), listener(3), listener(0)) });
    const l = await f.cloud.gaap.listeners.waitForListener("TCP", "listener-1", "running");
    assert.equal(l?.ListenerStatus, 0);
    assert.deepEqual(f.callsOf("DescribeTCPListeners").map((c) => c.params.ListenerId), ["listener-1", "listener-1", "listener-1"]);
  });

  it("counts InvalidParameter \"ListenerId(…) Not Exist.\" and an empty answer as gone", async () => {
    const f = fakeCloud({
      DescribeUDPListeners: (_p, n) => {
        if (n === 1) return listener(2);
        throw notExist();
      },
    });
    assert.equal(await f.cloud.gaap.listeners.waitForListener("UDP", "listener-1", "gone"), undefined);
    const empty = fakeCloud({ DescribeTCPListeners: sequence(listener(2), { TotalCount: 0, ListenerSet: [] }) });
    assert.equal(await empty.cloud.gaap.listeners.waitForListener("TCP", "listener-1", "gone"), undefined);
  });

  it("fails on a status it does not know, and on a listener that stays missing while waiting for running", async () => {
    const odd = fakeCloud({ DescribeTCPListeners: () => listener(7) });
    await assert.rejects(odd.cloud.gaap.listeners.waitForListener("TCP", "listener-1", "running"), (e: ApiError) => (assertWorded(e), e.code === "ClientError.UnexpectedStatus" && e.details?.status === "7"));
    const missing = fakeCloud({ DescribeTCPListeners: () => ({ TotalCount: 0, ListenerSet: [] }) });
    await assert.rejects(missing.cloud.gaap.listeners.waitForListener("TCP", "listener-1", "running"), (e: ApiError) => e.code === "ClientError.UnexpectedStatus" && e.details?.status === "gone");
    assert.equal(missing.callsOf("DescribeTCPListeners").length, 3);
  });

  it("gives up after the policy's time, naming the last status", async () => {
    const f = fakeCloud({ DescribeTCPListeners: () => listener(4) });
    await assert.rejects(f.cloud.gaap.listeners.waitForListener("TCP", "listener-1", "running", { policy: { timeoutMs: 5_000 } }), (e: ApiError) => e.code === "ClientError.WaitTimeout" && e.details?.status === "config changing");
  });
});

describe("one line per proxy, for the proxy's own writes and its listeners'", () => {
  it("a listener write waits for a ModifyProxyConfiguration of the same proxy", async () => {
    const hold = gate();
    const order: string[] = [];
    const f = fakeCloud({
      ModifyProxyConfiguration: async () => (order.push("modify proxy"), await hold.opened, order.push("modified"), {}),
      CreateTCPListeners: () => (order.push("create listener"), { ListenerIds: ["listener-1"] }),
    });
    const modify = f.cloud.gaap.modifyProxyConfiguration({ ProxyId: "link-1", Bandwidth: 20 });
    const create = f.cloud.gaap.listeners.createTcpListeners(tcpReq);
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(order, ["modify proxy"]);
    hold.open();
    await Promise.all([modify, create]);
    assert.deepEqual(order, ["modify proxy", "modified", "create listener"]);
  });
});
