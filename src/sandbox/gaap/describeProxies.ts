import { describeProxyDetail as describeProxyDetailAction } from "../../core/actions/describeProxyDetail";
import type * as z from "../../core/zod";
import { ApiError } from "../apiError";
import { reason } from "../errorMessages";
import { defineAction, type ActionContext } from "../sandboxAction";
import type { ProxyRecord, TagPair } from "../state/sandboxState";
import { validateSchema } from "../validation/validateSchema";
import { describeProxiesParams, describeProxiesStatusParams } from "../validation/gaapSchemas";
import { validateCoreAction } from "../validation/validateCoreAction";
import { proxyInfo } from "./proxyInfo";
import { requireProxy, targetIds } from "./proxyTargets";

type Params = z.infer<typeof describeProxiesParams>;

/** DescribeProxies filter names and the field each one matches (values are strings, ProjectId included). A Map: the names come from requests. */
const FILTER_FIELDS = new Map<string, (p: ProxyRecord) => string | null>([
  ["ProjectId", (p) => String(p.ProjectId)],
  ["AccessRegion", (p) => p.AccessRegion],
  ["RealServerRegion", (p) => p.RealServerRegion],
  ["GroupId", (p) => p.GroupId],
  ["IPAddressVersion", (p) => p.IPAddressVersion],
  ["PackageType", (p) => p.PackageType],
]);

const ORDER_KEYS = new Map<string, (p: ProxyRecord) => number | string>([
  ["create_time", (p) => p.sandbox.createdMs],
  ["proxy_id", (p) => p.ProxyId],
  ["bandwidth", (p) => p.Bandwidth],
  ["concurrent_connections", (p) => p.Concurrent],
]);

export const matchesTags = (tags: readonly TagPair[], wanted: readonly TagPair[] | undefined): boolean =>
  !wanted?.length || wanted.some((w) => tags.some((t) => t.TagKey === w.TagKey && t.TagValue === w.TagValue));

function selectProxies(params: Params, ctx: ActionContext): ProxyRecord[] {
  const ids = [...(params.ProxyIds ?? []), ...(params.InstanceIds ?? [])];
  if (ids.length > 0 && params.Filters?.length) {
    throw new ApiError("InvalidParameter", reason("ProxyIds/InstanceIds cannot be combined with Filters", "ProxyIds/InstanceIds 与 Filters 不能同时使用"));
  }
  let list = Object.values(ctx.state.proxies);
  if (ids.length > 0) {
    const wanted = new Set(ids);
    list = list.filter((p) => wanted.has(p.ProxyId));
    // Asking only for proxies that do not exist (or no longer do) is an error; a partly known list is answered.
    if (list.length === 0) throw new ApiError("ResourceNotFound", { id: ids.join(", ") });
  }
  (params.Filters ?? []).forEach((filter, i) => {
    const field = FILTER_FIELDS.get(filter.Name);
    if (!field) {
      const names = [...FILTER_FIELDS.keys()].join(", ");
      throw new ApiError("InvalidParameterValue", { name: `Filters.${i}.Name`, ...reason(`it must be one of ${names}`, `可选值为 ${names}`) });
    }
    list = list.filter((p) => filter.Values.includes(field(p) ?? ""));
  });
  list = list.filter((p) => matchesTags(p.TagSet, params.TagSet));
  if (params.Independent !== undefined) list = list.filter((p) => (p.GroupId === null) === (params.Independent === 1));
  return list;
}

export const describeProxies = defineAction({
  name: "DescribeProxies",
  product: "gaap",
  writes: false,
  validate: (body) => validateSchema(describeProxiesParams, body),
  handle(params, ctx) {
    const key = ORDER_KEYS.get(params.OrderField ?? "create_time")!;
    const sign = params.Order === "asc" ? 1 : -1;
    const sorted = selectProxies(params, ctx).sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return (x < y ? -1 : x > y ? 1 : a.ProxyId < b.ProxyId ? -1 : 1) * sign;
    });
    const offset = params.Offset ?? 0;
    const limit = params.Limit || 20;
    const page = sorted.slice(offset, offset + limit).map((p) => proxyInfo(p, ctx.state.catalog, ctx.language));
    return { TotalCount: sorted.length, InstanceSet: page, ProxySet: page };
  },
});

export const describeProxiesStatus = defineAction({
  name: "DescribeProxiesStatus",
  product: "gaap",
  writes: false,
  validate: (body) => validateSchema(describeProxiesStatusParams, body),
  handle(params, ctx) {
    const found = targetIds(params).flatMap((id) => (Object.hasOwn(ctx.state.proxies, id) ? [ctx.state.proxies[id]!] : []));
    return { InstanceStatusSet: found.map((p) => ({ InstanceId: p.ProxyId, Status: p.Status })) };
  },
});

export const describeProxyDetail = defineAction({
  name: "DescribeProxyDetail",
  product: "gaap",
  writes: false,
  // The core models it (a request file action), so the sandbox checks it as the editor does.
  validate: (body) => validateCoreAction(describeProxyDetailAction, body),
  handle: (params, ctx) => ({ ProxyDetail: proxyInfo(requireProxy(ctx.state, params.ProxyId), ctx.state.catalog, ctx.language) }),
});
