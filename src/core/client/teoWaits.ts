import type * as Teo from "tencentcloud-sdk-nodejs/tencentcloud/services/teo/v20220901/teo_models";
import { clientError } from "./clientError";
import { pollUntil, type WaitContext } from "./poll";
import type { TeoClient } from "./teoClient";
import { TEO_TRANSITIONAL, type TeoWaitTarget } from "./teoTypes";

/** A proxy just created may not be listed yet; only this many looks in a row without it mean it is gone. */
const MISSING_LOOKS = 3;

export async function waitForL4Proxy(
  teo: TeoClient,
  zoneId: string,
  proxyId: string,
  target: TeoWaitTarget,
  ctx: WaitContext,
): Promise<Teo.L4Proxy | undefined> {
  const call = ctx.signal ? { signal: ctx.signal } : {};
  const resource = `L4 proxy ${proxyId}`;
  const unexpected = (status: string) =>
    clientError({ code: "ClientError.UnexpectedStatus", action: "DescribeL4Proxy", service: "teo", details: { resource, target, status } });
  let missing = 0;
  return pollUntil<Teo.L4Proxy | undefined>(
    async () => {
      const p = await teo.describeL4Proxy(zoneId, proxyId, call);
      if (!p) {
        if (target === "gone") return { done: true, value: undefined };
        if (++missing >= MISSING_LOOKS) throw unexpected("gone");
        return { done: false, status: "not listed" };
      }
      missing = 0;
      const status = p.Status ?? "unknown";
      if (status === target) return { done: true, value: p };
      if (TEO_TRANSITIONAL.has(status) || (target === "gone" && status === "offline")) return { done: false, status };
      throw unexpected(status);
    },
    { ...ctx, service: "teo", action: "DescribeL4Proxy", resource, target },
  );
}
