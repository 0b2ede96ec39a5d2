import { isIP } from "node:net";
import { addRealServers as addRealServersDefinition } from "../../core/actions/addRealServers";
import { removeRealServers as removeRealServersDefinition } from "../../core/actions/removeRealServers";
import { ApiError } from "../apiError";
import { reason } from "../errorMessages";
import { newId } from "../newId";
import { defineAction } from "../sandboxAction";
import type { ListenerState, RealServerRecord } from "../state/listenerState";
import { describeRealServersParams, realServerIdsParams } from "../validation/listenerSchemas";
import { validateCoreAction } from "../validation/validateCoreAction";
import { validateSchema } from "../validation/validateSchema";
import { matchesTags } from "./describeProxies";
import { listenersBinding, requireRealServer } from "./listenerTargets";

// Linear: labels of letters, digits and inner hyphens, at least two, no recursion or backtracking between them.
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}$/i;

/** IP or DOMAIN, or undefined when the text is neither. */
export function addressType(address: string): "IP" | "DOMAIN" | undefined {
  if (isIP(address) !== 0) return "IP";
  return DOMAIN.test(address) ? "DOMAIN" : undefined;
}

/** BindRealServerInfo. */
const realServerInfo = (s: RealServerRecord) => ({
  RealServerIP: s.RealServerIP,
  RealServerId: s.RealServerId,
  RealServerName: s.RealServerName,
  ProjectId: s.ProjectId,
  TagSet: s.TagSet,
});

/** Filter names of DescribeRealServers and what each matches. A Map: the names come from requests. */
const FILTER_FIELDS = new Map<string, (s: RealServerRecord) => string>([
  ["RealServerName", (s) => s.RealServerName],
  ["RealServerIP", (s) => s.RealServerIP],
]);

export const describeRealServers = defineAction({
  name: "DescribeRealServers",
  product: "gaap",
  writes: false,
  validate: (body) => validateSchema(describeRealServersParams, body),
  handle(params, ctx) {
    let list = Object.values(ctx.state.gaapListeners.realServers);
    if (params.ProjectId !== -1) list = list.filter((s) => s.ProjectId === params.ProjectId);
    const search = params.SearchValue;
    if (search) list = list.filter((s) => s.RealServerIP.includes(search));
    list = list.filter((s) => matchesTags(s.TagSet, params.TagSet));
    (params.Filters ?? []).forEach((filter, i) => {
      const field = FILTER_FIELDS.get(filter.Name);
      if (!field) {
        const names = [...FILTER_FIELDS.keys()].join(", ");
        throw new ApiError("InvalidParameterValue", { name: `Filters.${i}.Name`, ...reason(`it must be one of ${names}`, `可选值为 ${names}`) });
      }
      list = list.filter((s) => filter.Values.includes(field(s)));
    });
    const sorted = list.sort((a, b) => (a.RealServerId < b.RealServerId ? -1 : 1));
    const offset = params.Offset ?? 0;
    return { TotalCount: sorted.length, RealServerSet: sorted.slice(offset, offset + (params.Limit || 20)).map(realServerInfo) };
  },
});

const newRealServerId = (listeners: ListenerState) => newId("realServer", (id) => Object.hasOwn(listeners.realServers, id));

export const addRealServers = defineAction({
  name: "AddRealServers",
  product: "gaap",
  writes: true,
  validate: (body) => validateCoreAction(addRealServersDefinition, body),
  handle(params, ctx) {
    const listeners = ctx.state.gaapListeners;
    if (!ctx.state.projects.includes(params.ProjectId)) throw new ApiError("InvalidParameterValue.ProjectIdNotBelong", { projectId: params.ProjectId });
    // The account's addresses (TF pre-checks them with DescribeRealServers): one registration per address.
    const registered = new Map(Object.values(listeners.realServers).map((s) => [s.RealServerIP.toLowerCase(), s.RealServerId]));
    const seen = new Set<string>();
    const types = params.RealServerIP.map((address, i) => {
      const type = addressType(address);
      if (!type) throw new ApiError("InvalidParameterValue", { name: `RealServerIP.${i}`, ...reason("it is neither an IP address nor a domain name", "既不是 IP 地址也不是域名") });
      const key = address.toLowerCase();
      const existing = registered.get(key);
      if (existing !== undefined) throw new ApiError("InvalidParameterValue.DuplicateRS", { address, asId: `: it is registered already as ${existing}`, asIdZh: `：已注册为 ${existing}` });
      if (seen.has(key)) throw new ApiError("InvalidParameterValue.DuplicateRS", { address, asId: ": it is twice in the request", asIdZh: "：请求中出现两次" });
      seen.add(key);
      return type;
    });
    const created = params.RealServerIP.map((address, i) => {
      const server: RealServerRecord = {
        RealServerId: newRealServerId(listeners),
        RealServerIP: address,
        RealServerName: params.RealServerName,
        ProjectId: params.ProjectId,
        TagSet: params.TagSet ?? [],
        InBanBlacklist: 0,
        sandbox: { type: types[i]!, healthy: true },
      };
      listeners.realServers[server.RealServerId] = server;
      return server;
    });
    ctx.recordCreation();
    return { RealServerSet: created.map((s) => ({ RealServerId: s.RealServerId, RealServerIP: s.RealServerIP })) };
  },
});

export const removeRealServers = defineAction({
  name: "RemoveRealServers",
  product: "gaap",
  writes: true,
  validate: (body) => validateCoreAction(removeRealServersDefinition, body),
  handle(params, ctx) {
    const listeners = ctx.state.gaapListeners;
    // All or nothing: every ID is checked before any is removed.
    const servers = [...new Set(params.RealServerIds)].map((id) => requireRealServer(listeners, id));
    for (const server of servers) {
      const bound = listenersBinding(listeners, server.RealServerId)[0];
      if (bound) {
        const boundWhat = { boundWhat: `is bound to listener ${bound.ListenerId}; unbind it first`, boundWhatZh: `已绑定到监听器 ${bound.ListenerId}，请先解绑` };
        throw new ApiError("FailedOperation.RealServerAlreadyBound", { id: server.RealServerId, ...boundWhat });
      }
    }
    for (const server of servers) delete listeners.realServers[server.RealServerId];
    return {};
  },
});

export const describeRealServersStatus = defineAction({
  name: "DescribeRealServersStatus",
  product: "gaap",
  writes: false,
  validate: (body) => validateSchema(realServerIdsParams, body),
  handle(params, ctx) {
    const listeners = ctx.state.gaapListeners;
    const found = [...new Set(params.RealServerIds)].flatMap((id) => (Object.hasOwn(listeners.realServers, id) ? [id] : []));
    const set = found.map((id) => {
      const bound = listenersBinding(listeners, id)[0];
      return { RealServerId: id, BindStatus: bound ? 1 : 0, ProxyId: bound?.ProxyId ?? "", GroupId: bound?.GroupId ?? null };
    });
    return { TotalCount: set.length, RealServerStatusSet: set };
  },
});
