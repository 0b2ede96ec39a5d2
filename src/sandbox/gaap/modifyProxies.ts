import { modifyProxyConfiguration as modifyProxyConfigurationAction } from "../../core/actions/modifyProxyConfiguration";
import { ApiError } from "../apiError";
import { reason } from "../errorMessages";
import { defineAction } from "../sandboxAction";
import { findOffer } from "../state/regionLookup";
import { modifyProxiesAttributeParams } from "../validation/gaapSchemas";
import { validateCoreAction } from "../validation/validateCoreAction";
import { validateSchema } from "../validation/validateSchema";
import { checkSizes } from "./checkProxyConfig";
import { requireProxies, requireProxy, targetIds, TRANSITIONAL } from "./proxyTargets";

interface ModifyParams {
  ProxyId?: string;
  InstanceId?: string;
  Bandwidth?: number;
  Concurrent?: number;
  BillingType?: number;
  ClientToken?: string;
}

export const modifyProxyConfiguration = defineAction({
  name: "ModifyProxyConfiguration",
  product: "gaap",
  writes: true,
  validate: (body): ModifyParams => validateCoreAction(modifyProxyConfigurationAction, body),
  handle(params, ctx) {
    const { state, now } = ctx;
    // The core refuses a request with neither, or with both naming different proxies.
    const proxy = requireProxy(state, (params.ProxyId ?? params.InstanceId)!);
    if (proxy.Scalarable !== 1) throw new ApiError("FailedOperation.NotSupportScalar", { id: proxy.ProxyId });
    if (TRANSITIONAL.has(proxy.Status)) throw new ApiError("FailedOperation.ActionIsDoing", { id: proxy.ProxyId, status: proxy.Status });
    if (proxy.Status !== "RUNNING") {
      throw new ApiError("ResourceUnavailable", {
        id: proxy.ProxyId,
        ...reason(`only a RUNNING connection can be changed, it is ${proxy.Status}`, `只能变更运行中的通道，当前状态为 ${proxy.Status}`),
      });
    }
    const bandwidth = params.Bandwidth ?? proxy.Bandwidth;
    const concurrent = params.Concurrent ?? proxy.Concurrent;
    const billingType = params.BillingType ?? proxy.BillingType;
    const offer = findOffer(state.catalog, proxy.AccessRegion, proxy.RealServerRegion);
    if (offer) checkSizes(offer, bandwidth, concurrent);
    // A target equal to the current configuration changes nothing (and starts no ADJUSTING).
    if (bandwidth === proxy.Bandwidth && concurrent === proxy.Concurrent && billingType === proxy.BillingType) return {};

    proxy.Bandwidth = bandwidth;
    proxy.Concurrent = concurrent;
    proxy.BillingType = billingType;
    proxy.Status = "ADJUSTING";
    proxy.ModifyConfigTime = Math.floor(now / 1000);
    proxy.IPList = proxy.IPList.map((ip) => ({ ...ip, Bandwidth: bandwidth }));
    proxy.sandbox.pending = { to: "RUNNING", at: now + ctx.delays.adjust };
    state.tasks[ctx.requestId] = { TaskId: ctx.requestId, proxyIds: [proxy.ProxyId], target: "RUNNING" };
    return {};
  },
});

export const modifyProxiesAttribute = defineAction({
  name: "ModifyProxiesAttribute",
  product: "gaap",
  writes: true,
  validate: (body) => validateSchema(modifyProxiesAttributeParams, body),
  handle(params, ctx) {
    const proxies = requireProxies(ctx.state, targetIds(params));
    if (params.ProxyName !== undefined) for (const proxy of proxies) proxy.ProxyName = params.ProxyName;
    return {};
  },
});
