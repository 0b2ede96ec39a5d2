import { checkProxyCreate as checkProxyCreateAction } from "../../core/actions/checkProxyCreate";
import { createProxy as createProxyAction } from "../../core/actions/createProxy";
import { ApiError } from "../apiError";
import { reason } from "../errorMessages";
import { newId } from "../newId";
import { defineAction } from "../sandboxAction";
import { buildProxyRecord } from "../state/buildProxyRecord";
import type { TagPair } from "../state/sandboxState";
import { validateCoreAction } from "../validation/validateCoreAction";
import { featureConflict, resolveOffer, soldOut, type ProxyConfig } from "./checkProxyConfig";
import { requireGroup, requireProxy } from "./proxyTargets";

/** The seed actions' parameters after the core's validation (integers coerced, shapes checked). */
interface CreateParams extends Omit<ProxyConfig, "RealServerRegion"> {
  ProjectId: number;
  ProxyName: string;
  RealServerRegion?: string;
  GroupId?: string;
  ClientToken?: string;
  TagSet?: TagPair[];
  ClonedProxyId?: string;
  BillingType?: number;
}

interface CheckParams extends ProxyConfig {
  GroupId?: string;
}

export const checkProxyCreate = defineAction({
  name: "CheckProxyCreate",
  product: "gaap",
  writes: false,
  validate: (body): CheckParams => validateCoreAction(checkProxyCreateAction, body),
  handle(params, ctx) {
    const group = params.GroupId === undefined ? undefined : requireGroup(ctx.state, params.GroupId);
    const offer = resolveOffer(ctx.state.catalog, params);
    // What could not be created answers 0 rather than an error: this action is the question "can it be?".
    const creatable =
      !featureConflict(ctx.state.catalog, offer, params) &&
      !soldOut(ctx.state.catalog, params) &&
      (!group || group.RealServerRegion === params.RealServerRegion);
    return { CheckFlag: creatable ? 1 : 0 };
  },
});

export const createProxy = defineAction({
  name: "CreateProxy",
  product: "gaap",
  writes: true,
  validate: (body): CreateParams => validateCoreAction(createProxyAction, body),
  handle(params, ctx) {
    const { state, now } = ctx;
    if (!state.projects.includes(params.ProjectId)) throw new ApiError("InvalidParameterValue.ProjectIdNotBelong", { projectId: params.ProjectId });
    const group = params.GroupId === undefined ? undefined : requireGroup(state, params.GroupId);
    // With a group, the group's origin region is used and RealServerRegion is ignored (the core warns about it).
    const config: ProxyConfig = { ...params, RealServerRegion: group?.RealServerRegion ?? params.RealServerRegion ?? "" };
    if (group && params.PackageType !== undefined && params.PackageType !== group.PackageType) {
      throw new ApiError("InvalidParameterValue.ProxyAndGroupFeatureConflict", { groupId: group.GroupId, feature: `PackageType ${params.PackageType}` });
    }
    if (params.ClonedProxyId !== undefined) {
      const source = requireProxy(state, params.ClonedProxyId);
      if (source.Status !== "RUNNING") {
        throw new ApiError("ResourceUnavailable", {
          id: source.ProxyId,
          ...reason(`only a RUNNING connection can be replicated, it is ${source.Status}`, `只能复制运行中的通道，当前状态为 ${source.Status}`),
        });
      }
    }
    const offer = resolveOffer(state.catalog, config);
    const conflict = featureConflict(state.catalog, offer, config);
    if (conflict) throw conflict;
    if (soldOut(state.catalog, config)) throw new ApiError("FailedOperation.ProxySellOut", { access: config.AccessRegion, dest: config.RealServerRegion });

    const proxyId = newId("proxy", (id) => Object.hasOwn(state.proxies, id));
    const proxy = buildProxyRecord(state.catalog, {
      ...config,
      ProxyId: proxyId,
      ProxyName: params.ProxyName,
      ProjectId: params.ProjectId,
      GroupId: group?.GroupId ?? null,
      TagSet: params.TagSet ?? [],
      BillingType: params.BillingType ?? 0,
      PackageType: group?.PackageType ?? params.PackageType ?? "Thunder",
      Status: "CREATING",
      createdMs: now,
    });
    proxy.sandbox.pending = { to: "RUNNING", at: now + ctx.delays.create };
    state.proxies[proxyId] = proxy;
    // The RequestId is the TaskId DescribeTaskStatus follows (as Terraform does after CreateProxy).
    state.tasks[ctx.requestId] = { TaskId: ctx.requestId, proxyIds: [proxyId], target: "RUNNING" };
    ctx.recordCreation();
    return { InstanceId: proxyId };
  },
});
