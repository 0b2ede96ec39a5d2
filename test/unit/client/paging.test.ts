import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { MAX_LISTING_ITEMS } from "../../../src/core/client/listing";
import { collectPages, PAGES_IN_FLIGHT, pageStream } from "../../../src/core/client/pageStream";
import type { ApiError } from "../../../src/core/errors/apiError";
import { isCancelled } from "../../../src/core/errors/cancelledError";
import { explainApiError } from "../../../src/core/errors/explainError";
import { fakeCloud } from "./fakeSdk";

/** A listing of `total` proxies answered page by page from Offset/Limit. */
const proxies = (total: number) => (p: Record<string, unknown>) => {
  const offset = p.Offset as number;
  const limit = p.Limit as number;
  const ids = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => ({ ProxyId: `link-${offset + i}` }));
  return { TotalCount: total, ProxySet: ids, InstanceSet: ids };
};

describe("paging as a stream", () => {
  it("asks for the first page alone, then the others together, under the rate limit, in offset order", async () => {
    const f = fakeCloud({ DescribeProxies: proxies(2_050) });
    const pages: { offset: number; count: number; at: number; callsSoFar: number }[] = [];
    for await (const page of f.cloud.gaap.listProxies()) {
      pages.push({ offset: page.offset, count: page.items.length, at: f.clock.now(), callsSoFar: f.calls.length });
      assert.equal(page.total, 2_050);
    }
    assert.equal(pages.length, 21);
    assert.deepEqual(pages.map((p) => p.offset), Array.from({ length: 21 }, (_, i) => i * 100));
    assert.equal(pages[0]!.callsSoFar, 1, "the first page is delivered before any other is asked for");
    assert.equal(pages.at(-1)!.count, 50);
    assert.deepEqual(f.callsOf("DescribeProxies").map((c) => c.params.Limit), Array(21).fill(100));
    // 21 requests at 20 per (1 s + 10 ms guard): the 21st starts one window after the first answer.
    const times = f.callsOf("DescribeProxies").map((c) => c.at);
    assert.equal(times.filter((t) => t === times[0]).length, 20);
    assert.equal(times[20]! - times[0]!, 1_010);
  });

  it("uses each API's page size: groups 100, zones 100, L4 proxies 1000", async () => {
    const f = fakeCloud({
      DescribeProxyGroupList: (p) => ({ TotalCount: 150, ProxyGroupList: Array.from({ length: Math.min(100, 150 - (p.Offset as number)) }, () => ({})) }),
      DescribeZones: () => ({ TotalCount: 3, Zones: [{}, {}, {}] }),
      DescribeL4Proxy: (p) => ({ TotalCount: 2_500, L4Proxies: Array.from({ length: Math.min(1000, 2_500 - (p.Offset as number)) }, () => ({})) }),
    });
    assert.equal((await collectPages(f.cloud.gaap.listGroups())).length, 150);
    assert.equal(f.callsOf("DescribeProxyGroupList")[0]!.params.ProjectId, -1);
    assert.equal((await collectPages(f.cloud.teo.listZones())).length, 3);
    assert.equal((await collectPages(f.cloud.teo.listL4Proxies("zone-1"))).length, 2_500);
    assert.deepEqual(f.callsOf("DescribeL4Proxy").map((c) => [c.params.Offset, c.params.Limit, c.params.ZoneId]), [
      [0, 1000, "zone-1"],
      [1000, 1000, "zone-1"],
      [2000, 1000, "zone-1"],
    ]);
    assert.deepEqual(f.callsOf("DescribeZones").map((c) => c.params.Limit), [100]);
  });

  it("stops asking when the caller stops reading", async () => {
    const f = fakeCloud({ DescribeProxies: proxies(10_000) });
    for await (const page of f.cloud.gaap.listProxies()) {
      if (page.offset === 0) break;
    }
    await new Promise((r) => setImmediate(r));
    // Pages already in flight when the loop broke may finish; those still queued at the limiter never go.
    assert.ok(f.calls.length <= 21, `${f.calls.length} requests`);
  });

  it("cancels a listing through its signal, queued pages included", async () => {
    const f = fakeCloud({ DescribeProxies: proxies(10_000) });
    const controller = new AbortController();
    const seen: number[] = [];
    await assert.rejects(
      (async () => {
        for await (const page of f.cloud.gaap.listProxies({}, { signal: controller.signal })) {
          seen.push(page.offset);
          if (page.offset === 2_000) controller.abort();
        }
      })(),
      (e) => isCancelled(e),
    );
    assert.deepEqual(seen, Array.from({ length: 21 }, (_, i) => i * 100));
    const sent = f.calls.length;
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(f.calls.length, sent, "nothing is sent after the cancel");
    assert.ok(sent < 100, `only ${sent} of 100 pages were asked for`);
  });

  it("trusts a short first page over TotalCount", async () => {
    const pages = [];
    for await (const p of pageStream(async () => ({ items: [1, 2], total: 500 }), 100)) pages.push(p);
    assert.equal(pages.length, 1);
  });
});

describe("paging what a hostile endpoint answers", () => {
  const fullPage = (p: Record<string, unknown>) => Array.from({ length: p.Limit as number }, (_, i) => ({ ProxyId: `link-${(p.Offset as number) + i}` }));

  it("asks for no more pages than the answers so far justify, whatever TotalCount claims", async () => {
    // Claims 50,000, but the list really ends at offset 300.
    const f = fakeCloud({ DescribeProxies: (p) => ({ TotalCount: 50_000, ProxySet: (p.Offset as number) < 300 ? fullPage(p) : [{ ProxyId: "last" }] }) });
    const items = await collectPages(f.cloud.gaap.listProxies());
    assert.equal(items.length, 301);
    await new Promise((r) => setImmediate(r));
    assert.ok(f.calls.length <= 1 + PAGES_IN_FLIGHT + 3, `${f.calls.length} requests for 4 pages`);
  });

  it("ends a listing that claims more than the ceiling after one request, naming the endpoint", async () => {
    const f = fakeCloud({ DescribeProxies: (p) => ({ TotalCount: 1e9, ProxySet: fullPage(p) }) });
    const started = Date.now();
    await assert.rejects(collectPages(f.cloud.gaap.listProxies()), (e: ApiError) => {
      assert.equal(e.code, "ClientError.ListingTooLong");
      assert.deepEqual([e.details?.host, e.details?.total, e.details?.max], ["127.0.0.1:1", 1e9, MAX_LISTING_ITEMS]);
      const en = f.cloud.explain(e);
      assert.match(en.what, /127\.0\.0\.1:1 says DescribeProxies lists 1000000000 items, more than the 100000/);
      assert.match(explainApiError(e, "zh-cn").what, /127\.0\.0\.1:1 称 DescribeProxies 共有 1000000000 项/);
      return true;
    });
    assert.equal(f.calls.length, 1, "not retried, and no page beyond the first asked for");
    assert.ok(Date.now() - started < 1_000);
  });

  it("refuses a TotalCount that is no count, once each", async () => {
    for (const bad of [1e308, Infinity, -1, 1.5, "5", null, Number.NaN]) {
      const f = fakeCloud({ DescribeL4Proxy: () => ({ TotalCount: bad, L4Proxies: [] }) });
      await assert.rejects(collectPages(f.cloud.teo.listL4Proxies("zone-1")), (e: ApiError) => {
        assert.deepEqual([e.code, e.details?.field, e.retryable], ["ClientError.MalformedAnswer", "TotalCount", false], String(bad));
        return true;
      });
      assert.equal(f.calls.length, 1, `${String(bad)} is not asked again`);
    }
    const absent = fakeCloud({ DescribeZones: () => ({ Zones: [{ ZoneId: "zone-1" }] }) });
    assert.equal((await collectPages(absent.cloud.teo.listZones())).length, 1, "an absent TotalCount is the page alone");
  });

  it("refuses a page with more items than asked for, or items that are no list", async () => {
    const huge = Array.from({ length: 200_000 }, (_, i) => ({ GroupId: `lg-${i}` }));
    const f = fakeCloud({ DescribeProxyGroupList: () => ({ TotalCount: 200_000, ProxyGroupList: huge }) });
    await assert.rejects(collectPages(f.cloud.gaap.listGroups()), (e: ApiError) => {
      assert.deepEqual([e.code, e.details?.field, e.details?.value], ["ClientError.MalformedAnswer", "ProxyGroupList", "200000 > Limit 100"]);
      assert.match(explainApiError(e, "en").what, /DescribeProxyGroupList is not a valid API reply: ProxyGroupList holds 200000 > Limit 100/);
      assert.match(explainApiError(e, "zh-cn").what, /不是有效的 API 应答/);
      return true;
    });
    const g = fakeCloud({ DescribeZones: () => ({ TotalCount: 1, Zones: { length: 1 } }) });
    await assert.rejects(collectPages(g.cloud.teo.listZones()), (e: ApiError) => e.code === "ClientError.MalformedAnswer" && e.details?.value === "object");
  });

  it("collects a page of 200,000 items without a spread", async () => {
    const huge = Array.from({ length: 200_000 }, (_, i) => i);
    const all = await collectPages(pageStream(async () => ({ items: huge, total: 200_000 }), 200_000));
    assert.equal(all.length, 200_000);
  });
});
