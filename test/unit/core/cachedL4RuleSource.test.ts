import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { cachedLiveSource } from "../../../src/core/live/cachedLiveSource";
import type { LiveSource } from "../../../src/core/live/liveSource";
import { l4RuleAccount } from "./l4RuleAccount";

describe("cached live source and L4 rules", () => {
  it("keeps rules and L4 proxies 5 s (their status moves after a write), zones the full minute; clear() forgets all", async () => {
    let now = 0;
    const calls: string[] = [];
    const account = l4RuleAccount();
    const counted = (name: string, f: (...a: never[]) => unknown) => (...a: never[]) => (calls.push(name), f(...a));
    const source = {
      l4Rules: counted("rules", account.l4Rules),
      l4Proxy: counted("proxy", account.l4Proxy),
      zone: counted("zone", async () => undefined),
    } as unknown as LiveSource;
    const cached = cachedLiveSource(source, 60_000, () => now);
    const read = async () => {
      await cached.l4Rules("zone-a", "sid-on");
      await cached.l4Proxy("zone-a", "sid-on");
      await cached.zone("zone-a");
    };
    await read();
    now = 4_000;
    await read();
    assert.deepEqual(calls, ["rules", "proxy", "zone"]);
    now = 5_000;
    await read();
    assert.deepEqual(calls, ["rules", "proxy", "zone", "rules", "proxy"]);
    cached.clear();
    await read();
    assert.deepEqual(calls.slice(5), ["rules", "proxy", "zone"]);
  });
});
