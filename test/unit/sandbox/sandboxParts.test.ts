import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { unflattenQuery } from "../../../src/sandbox/http/requestParams";
import { parseSandboxArgs, UsageError } from "../../../src/sandbox/parseSandboxArgs";
import { RateLimiter } from "../../../src/sandbox/rateLimiter";
import { resolveDelays } from "../../../src/sandbox/sandboxOptions";
import { scaleOverLimits, scaleSeed, SCALE_LIMITS } from "../../../src/sandbox/seeds/scaleSeed";
import { parseSeed, seedState } from "../../../src/sandbox/seeds/seedState";

describe("RateLimiter", () => {
  it("allows `limit` per sliding second per key", () => {
    const limiter = new RateLimiter(3);
    const at = (t: number, key = "k") => limiter.tryAcquire(key, t);
    assert.deepEqual([at(0), at(100), at(200), at(300), at(300, "other")], [true, true, true, false, true]);
    assert.deepEqual([at(999), at(1000), at(1001), at(1099), at(1100)], [false, true, false, false, true]);
    assert.ok(new RateLimiter(0).tryAcquire("k", 0));
  });
});

describe("unflattenQuery (the SDK's GET form)", () => {
  it("rebuilds arrays and objects from 0-based dotted keys", () => {
    assert.deepEqual(unflattenQuery("Limit=10&Filters.0.Name=AccessRegion&Filters.0.Values.0=Shanghai&Filters.0.Values.1=Beijing&ProxyIds.0=link-1"), {
      Limit: "10",
      Filters: [{ Name: "AccessRegion", Values: ["Shanghai", "Beijing"] }],
      ProxyIds: ["link-1"],
    });
  });

  it("ignores keys that would reach Object.prototype", () => {
    const parsed = unflattenQuery("__proto__.polluted=1&constructor.prototype.x=2&ok=3");
    assert.deepEqual(parsed, { ok: "3" });
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});

describe("command-line and option parsing", () => {
  it("reads every flag, in both --flag value and --flag=value forms", () => {
    const args = parseSandboxArgs([
      "--port=8080", "--secret-id", "AKIDx", "--secret-key", "k", "--state", "s.json", "--seed", "scale:500:7:9",
      "--latency", "10-20", "--delay=0", "--rate-limit", "5", "--faults", "CreateProxy:slow", "--language", "en-US", "--hostile", "--json",
    ]);
    assert.equal(args.json, true);
    assert.deepEqual(args.options, {
      port: 8080, secretId: "AKIDx", secretKey: "k", stateFile: "s.json", seed: { scale: { proxies: 500, zones: 7, l4PerZone: 9 } },
      latency: { min: 10, max: 20 }, delays: 0, rateLimit: 5, faults: { rules: [{ action: "CreateProxy", fault: "slow", probability: 1 }] },
      language: "en-US", hostile: true,
    });
    assert.throws(() => parseSandboxArgs(["--state"]), UsageError);
    assert.throws(() => parseSandboxArgs(["--seed", "--port"]), /needs a value/);
  });

  it("takes Object.prototype's names for unknown options, not for flags", () => {
    for (const name of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      assert.throws(() => parseSandboxArgs([name, "x"]), (e: unknown) => e instanceof UsageError && /unknown option/.test(e.message), name);
    }
  });

  it("a scale seed has a maximum, on the command line and in code", () => {
    assert.equal(scaleOverLimits({ proxies: SCALE_LIMITS.proxies, zones: 1000, l4PerZone: 100 }), undefined);
    assert.match(scaleOverLimits({ proxies: SCALE_LIMITS.proxies + 1, zones: 1, l4PerZone: 1 }) ?? "", /at most 100,000 proxies, not 100,001/);
    assert.match(scaleOverLimits({ proxies: 1, zones: 1, l4PerZone: 10_001 }) ?? "", /per zone/);
    assert.match(scaleOverLimits({ proxies: 1, zones: 101, l4PerZone: 1000 }) ?? "", /in all/);
    assert.throws(() => parseSandboxArgs(["--seed", "scale:99999999999"]), (e: unknown) => e instanceof UsageError && /at most 100,000 proxies/.test(e.message));
    assert.throws(() => parseSandboxArgs(["--seed", "scale:5:1:100001"]), UsageError);
    assert.throws(() => scaleSeed({ proxies: 1e12, zones: 1, l4PerZone: 1 }, 0), RangeError);
    assert.throws(() => seedState({ scale: { proxies: 1, zones: 1e6 } }, 0, false), /at most 10,000 zones/);
  });

  it("seeds and delays", () => {
    assert.deepEqual(parseSeed("scale:20"), { scale: { proxies: 20 } });
    assert.equal(parseSeed("scale:"), undefined);
    assert.equal(parseSeed("demo"), "demo");
    assert.deepEqual(resolveDelays(0), { create: 0, adjust: 0, open: 0, close: 0, destroy: 0, l4Deploy: 0, l4Stop: 0 });
    assert.equal(resolveDelays({ create: 5 }).create, 5);
    assert.equal(resolveDelays(undefined).adjust, 3000);
  });
});
