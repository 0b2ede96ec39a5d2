import { strict as assert } from "node:assert";
import { after, before, describe, it } from "node:test";
import { sandboxCloud, figure, type SandboxCloud } from "./sandboxCloud";

// 10,000 proxies at the API's own limit: the sandbox counts requests per action per clock second and refuses
// the 21st; the client must pace itself so that neither happens.
describe("a 10,000-proxy listing at 20 requests/s", { timeout: 60_000 }, () => {
  let env: SandboxCloud;
  before(async () => {
    env = await sandboxCloud({ seed: { scale: { proxies: 10_000, zones: 1, l4PerZone: 1 } }, rateLimit: 20, delays: 0 });
  });
  after(() => env.close());

  it("lists every proxy, first page first, and never goes over 20 requests/s per action", async () => {
    const started = Date.now();
    let firstPageMs = -1;
    const ids = new Set<string>();
    let pages = 0;
    for await (const page of env.cloud.gaap.listProxies()) {
      if (pages++ === 0) firstPageMs = Date.now() - started;
      assert.equal(page.total, 10_000);
      for (const p of page.items) ids.add(p.ProxyId!);
    }
    const elapsed = Date.now() - started;
    const stats = env.sandbox.stats.actions.DescribeProxies!;
    figure("listing pages", pages);
    figure("listing proxies", ids.size);
    figure("listing first page after (ms)", firstPageMs);
    figure("listing total time (ms)", elapsed);
    figure("listing peak rate (requests/s, counted by the sandbox)", env.sandbox.stats.peakRate("DescribeProxies"));
    figure("listing requests refused by the sandbox's rate limit", stats.rateLimited);

    assert.equal(ids.size, 10_000);
    assert.equal(pages, 100);
    assert.equal(stats.total, 100, "no request was retried");
    assert.equal(stats.rateLimited, 0);
    assert.ok(env.sandbox.stats.peakRate("DescribeProxies") <= 20);
    assert.ok(elapsed >= 4_500, `100 requests at 20/s take about 5 s, took ${elapsed} ms`);
  });
});
