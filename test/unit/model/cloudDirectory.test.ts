import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import type { Cloud } from "../../../src/core/client/createCloud";
import type { Page } from "../../../src/core/client/pageStream";
import { ApiError } from "../../../src/core/errors/apiError";
import { cloudDirectory, failingDirectory } from "../../../src/core/model/cloudDirectory";

const notFound = () => new ApiError({ code: "ResourceNotFound", message: "no", requestId: "r", action: "DescribeProxies", service: "gaap", retryable: false, ambiguous: false });

/** A Cloud whose DescribeProxies by ID knows `known` and answers ResourceNotFound when it knows none of the IDs. */
function fakeCloud(known: string[], calls: string[][]): Pick<Cloud, "gaap" | "teo"> {
  const gaap = {
    async *listProxies(req: { ProxyIds?: string[] }): AsyncGenerator<Page<{ ProxyId: string }>> {
      const ids = req.ProxyIds ?? [];
      calls.push(ids);
      const found = ids.filter((id) => known.includes(id));
      if (found.length === 0) throw notFound();
      yield { items: found.map((ProxyId) => ({ ProxyId })), total: found.length, offset: 0 };
    },
  };
  const teo = {
    async *listL4Proxies(zoneId: string, req: { Filters?: { Name: string; Values: string[] }[] }): AsyncGenerator<Page<{ ProxyId: string; ZoneId: string }>> {
      if (zoneId === "zone-gone") throw notFound();
      const ids = req.Filters?.[0]?.Values ?? [];
      yield { items: ids.filter((id) => known.includes(id)).map((ProxyId) => ({ ProxyId, ZoneId: zoneId })), total: 0, offset: 0 };
    },
  };
  return { gaap, teo } as unknown as Pick<Cloud, "gaap" | "teo">;
}

describe("cloudDirectory", () => {
  const signal = new AbortController().signal;

  it("takes ResourceNotFound for a single ID as gone", async () => {
    const calls: string[][] = [];
    assert.deepEqual(await cloudDirectory(fakeCloud([], calls)).gaapProxiesById(["link-x"], signal), []);
  });

  it("asks ID by ID when a batch is answered ResourceNotFound, so one gone proxy does not hide the others", async () => {
    const calls: string[][] = [];
    const dir = cloudDirectory(fakeCloud(["link-a"], calls));
    assert.deepEqual(await dir.gaapProxiesById(["link-a", "link-b"], signal), [{ ProxyId: "link-a" }]);
    const none = await dir.gaapProxiesById(["link-x", "link-y"], signal);
    assert.deepEqual(none, []);
    assert.deepEqual(calls.slice(-3), [["link-x", "link-y"], ["link-x"], ["link-y"]]);
  });

  it("looks L4 proxies up with the proxy-id filter, and a gone zone has none", async () => {
    const dir = cloudDirectory(fakeCloud(["sid-1"], []));
    assert.deepEqual(await dir.l4ProxiesById("zone-1", ["sid-1", "sid-2"], signal), [{ ProxyId: "sid-1", ZoneId: "zone-1" }]);
    assert.deepEqual(await dir.l4ProxiesById("zone-gone", ["sid-1"], signal), []);
  });

  it("failingDirectory fails every listing with its error", async () => {
    const error = new Error("unreadable");
    const dir = failingDirectory(error);
    await assert.rejects(async () => {
      for await (const _ of dir.gaapProxies(signal)) void _;
    }, error);
    await assert.rejects(dir.gaapProxiesById(["x"], signal), error);
  });
});

describe("cloudDirectory: L4 rules", () => {
  const signal = new AbortController().signal;
  const gone = () => new ApiError({ code: "ResourceNotFound", message: "no", requestId: "r", action: "DescribeL4ProxyRules", service: "teo", retryable: false, ambiguous: false });

  function rulesCloud(asked: unknown[]): Pick<Cloud, "gaap" | "teo"> {
    const rules = {
      async *list(zoneId: string, proxyId: string, req: { Filters?: { Name: string; Values: string[] }[] }): AsyncGenerator<Page<{ RuleId: string }>> {
        asked.push([zoneId, proxyId, req.Filters ?? []]);
        if (proxyId === "sid-gone") throw gone();
        const ids = req.Filters?.[0]?.Values ?? ["rule-1", "rule-2"];
        yield { items: ids.filter((id) => id !== "rule-x").map((RuleId) => ({ RuleId })), total: 0, offset: 0 };
      },
    };
    return { gaap: {}, teo: { rules } } as unknown as Pick<Cloud, "gaap" | "teo">;
  }

  it("lists a proxy's rules, and looks rules up with the rule-id filter", async () => {
    const asked: unknown[] = [];
    const dir = cloudDirectory(rulesCloud(asked));
    const listed: unknown[] = [];
    for await (const page of dir.l4Rules("zone-1", "sid-1", signal)) listed.push(...page.items);
    assert.deepEqual(listed, [{ RuleId: "rule-1" }, { RuleId: "rule-2" }]);
    assert.deepEqual(await dir.l4RulesById("zone-1", "sid-1", ["rule-2", "rule-x"], signal), [{ RuleId: "rule-2" }]);
    assert.deepEqual(asked[1], ["zone-1", "sid-1", [{ Name: "rule-id", Values: ["rule-2", "rule-x"] }]]);
  });

  it("takes a gone proxy's rules as gone, not as a failed poll", async () => {
    assert.deepEqual(await cloudDirectory(rulesCloud([])).l4RulesById("zone-1", "sid-gone", ["rule-1"], signal), []);
  });
});
