import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { ApiError } from "../../../src/core/errors/apiError";
import { gaapListenerDirectory } from "../../../src/core/model/gaapListenerDirectory";

const apiError = (code: string) => new ApiError({ code, message: code, requestId: "req-1", action: "DescribeUDPListeners", service: "gaap", retryable: false, ambiguous: false });

/** A listener client that logs when each protocol's listing starts and each page it hands out. */
function cloud(options: { udpFails?: string } = {}) {
  const events: string[] = [];
  const listeners = {
    async *listListeners(protocol: string) {
      events.push(`${protocol} asked`);
      await new Promise((resolve) => setImmediate(resolve));
      if (protocol === "UDP" && options.udpFails) throw apiError(options.udpFails);
      for (const port of protocol === "TCP" ? [80, 443] : [53]) {
        events.push(`${protocol} ${port}`);
        yield { items: [{ ListenerId: `listener-${protocol}-${port}`, Port: port }] };
      }
    },
  };
  return { cloud: { gaap: { listeners } } as never, events };
}

async function rows(c: never): Promise<string[]> {
  const out: string[] = [];
  for await (const page of gaapListenerDirectory(c).gaapListeners({ proxyId: "link-a" }, new AbortController().signal)) {
    for (const l of page.items) out.push(`${l.Protocol} ${l.Port}`);
  }
  return out;
}

describe("gaap listener directory: a proxy's listeners", () => {
  it("asks for the UDP listeners before the first TCP row is out (one round trip), and lists TCP rows first", async () => {
    const { cloud: c, events } = cloud();
    assert.deepEqual(await rows(c), ["TCP 80", "TCP 443", "UDP 53"]);
    assert.deepEqual(events.slice(0, 2).sort(), ["TCP asked", "UDP asked"], `both listings start at once (events: ${events.join(", ")})`);
  });

  it("a UDP listing that fails fails the whole listing; one of a proxy that is gone ends it quietly", async () => {
    await assert.rejects(rows(cloud({ udpFails: "InternalError" }).cloud), (e: unknown) => e instanceof ApiError && e.code === "InternalError");
    assert.deepEqual(await rows(cloud({ udpFails: "ResourceNotFound" }).cloud), ["TCP 80", "TCP 443"]);
  });
});
