import type * as Gaap from "tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_models";
import { ApiError } from "../errors/apiError";
import { clientError } from "./clientError";
import type { GaapClient } from "./gaapClient";
import { GAAP_TRANSITIONAL, type GaapWaitTarget } from "./gaapTypes";
import { pollUntil, type WaitContext } from "./poll";

/** A proxy just created may not be listed yet; only this many looks in a row without it mean it is gone. */
const MISSING_LOOKS = 3;

export async function waitForGaapTask(gaap: GaapClient, taskId: string, ctx: WaitContext): Promise<void> {
  const call = ctx.signal ? { signal: ctx.signal } : {};
  await pollUntil(
    async () => {
      const r = await gaap.taskStatus(taskId, call);
      if (r.Status === "SUCCESS") return { done: true, value: undefined };
      if (r.Status === "FAIL") {
        throw clientError({ code: "ClientError.TaskFailed", action: "DescribeTaskStatus", service: "gaap", requestId: r.RequestId ?? "", details: { taskId } });
      }
      return { done: false, status: r.Status ?? "unknown" };
    },
    { ...ctx, service: "gaap", action: "DescribeTaskStatus", resource: `task ${taskId}`, target: "SUCCESS" },
  );
}

/** Statuses until the proxy reaches `target`; a settled status other than the target is ClientError.UnexpectedStatus. */
export async function waitForGaapProxy(gaap: GaapClient, proxyId: string, target: GaapWaitTarget, ctx: WaitContext): Promise<Gaap.ProxyStatus | undefined> {
  const call = ctx.signal ? { signal: ctx.signal } : {};
  const resource = `proxy ${proxyId}`;
  const unexpected = (status: string) =>
    clientError({ code: "ClientError.UnexpectedStatus", action: "DescribeProxiesStatus", service: "gaap", details: { resource, target, status } });
  let missing = 0;
  return pollUntil<Gaap.ProxyStatus | undefined>(
    async () => {
      let statuses: Gaap.ProxyStatus[];
      try {
        statuses = await gaap.proxiesStatus([proxyId], call);
      } catch (e) {
        // Terraform reads ResourceNotFound here as "destroyed"; so do we.
        if (!(e instanceof ApiError) || e.code !== "ResourceNotFound") throw e;
        statuses = [];
      }
      const s = statuses.find((x) => x.InstanceId === proxyId);
      if (!s) {
        if (target === "gone") return { done: true, value: undefined };
        if (++missing >= MISSING_LOOKS) throw unexpected("gone");
        return { done: false, status: "not listed" };
      }
      missing = 0;
      if (s.Status === target) return { done: true, value: s };
      if (GAAP_TRANSITIONAL.has(s.Status)) return { done: false, status: s.Status };
      throw unexpected(s.Status);
    },
    { ...ctx, service: "gaap", action: "DescribeProxiesStatus", resource, target },
  );
}
