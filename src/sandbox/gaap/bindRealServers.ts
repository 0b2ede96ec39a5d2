import { bindListenerRealServers as bindDefinition } from "../../core/actions/bindListenerRealServers";
import type * as z from "../../core/zod";
import { ApiError } from "../apiError";
import { ownEntry } from "../dictionary";
import { reason } from "../errorMessages";
import { defineAction } from "../sandboxAction";
import type { BindingRecord, ListenerRecord } from "../state/listenerState";
import type { SandboxState } from "../state/sandboxState";
import { describeListenerRealServersParams } from "../validation/listenerSchemas";
import { validateCoreAction } from "../validation/validateCoreAction";
import { validateSchema } from "../validation/validateSchema";
import { bindRealServer } from "./listenerInfo";
import { ruleError } from "./listenerRules";
import { listenerProject, markBound, refuseBusy, requireListener, requireRealServer } from "./listenerTargets";

/** Origins per TCP/UDP listener (quota page tencentcloud.com/document/product/608/70498). */
export const REAL_SERVERS_PER_LISTENER = 100;

type BindEntry = NonNullable<z.infer<typeof bindDefinition.params>["RealServerBindSet"]>[number];

const invalid = (name: string, en: string, zh: string) => new ApiError("InvalidParameterValue", { name, ...reason(en, zh) });

/** Each entry names a registered origin by ID and its own address, of the listener's type and in its project. */
function checkEntry(state: SandboxState, listener: ListenerRecord, entry: BindEntry, i: number): BindingRecord {
  const server = requireRealServer(state.gaapListeners, entry.RealServerId);
  if (server.RealServerIP !== entry.RealServerIP) {
    throw new ApiError("InvalidParameterValue.RealServerNotBelong", {
      id: server.RealServerId,
      ...reason(`its address is ${server.RealServerIP}, not ${entry.RealServerIP}`, `其地址为 ${server.RealServerIP}，而非 ${entry.RealServerIP}`),
    });
  }
  if (server.sandbox.type !== listener.RealServerType) {
    throw new ApiError("InvalidParameterValue.RealServerNotBelong", {
      id: server.RealServerId,
      ...reason(`it is an ${server.sandbox.type} origin and the listener takes ${listener.RealServerType}`, `其类型为 ${server.sandbox.type}，监听器的源站类型为 ${listener.RealServerType}`),
    });
  }
  const project = listenerProject(state, listener);
  if (server.ProjectId !== project) throw new ApiError("FailedOperation.RealServerNotInProject", { id: server.RealServerId, project: server.ProjectId, proxyProject: project });
  if (entry.RealServerFailoverRole !== undefined && listener.FailoverSwitch !== 1) {
    throw invalid(`RealServerBindSet.${i}.RealServerFailoverRole`, "it is only for listeners with FailoverSwitch 1", "仅适用于 FailoverSwitch 为 1 的监听器");
  }
  return {
    RealServerId: server.RealServerId,
    RealServerPort: entry.RealServerPort,
    RealServerWeight: entry.RealServerWeight ?? 1,
    RealServerFailoverRole: entry.RealServerFailoverRole ?? (listener.FailoverSwitch === 1 ? "master" : ""),
  };
}

/** Replaces the listener's whole origin set ("本接口会解绑之前绑定的源站"); an empty or absent set unbinds all. */
export const bindListenerRealServers = defineAction({
  name: "BindListenerRealServers",
  product: "gaap",
  writes: true,
  validate: (body) => validateCoreAction(bindDefinition, body),
  handle(params, ctx) {
    const listener = requireListener(ctx.state.gaapListeners, params.ListenerId);
    refuseBusy(listener);
    const entries = params.RealServerBindSet ?? [];
    if (entries.length > REAL_SERVERS_PER_LISTENER) throw new ApiError("FailedOperation.LimitRealServerNum", { count: entries.length, limit: REAL_SERVERS_PER_LISTENER });
    const seen = new Set<string>();
    const bindings = entries.map((entry, i) => {
      const key = `${entry.RealServerId}:${entry.RealServerPort}`;
      if (seen.has(key)) throw ruleError("bind-duplicate-origin");
      seen.add(key);
      return checkEntry(ctx.state, listener, entry, i);
    });
    listener.bindings = bindings;
    listener.ListenerStatus = 3;
    listener.sandbox.pending = { to: 0, at: ctx.now + ctx.delays.adjust };
    markBound(ctx.state, listener);
    return {};
  },
});

/** The origins bound to the listener, and those that could be (its type, its project, not bound to it yet). */
export const describeListenerRealServers = defineAction({
  name: "DescribeListenerRealServers",
  product: "gaap",
  writes: false,
  validate: (body) => validateSchema(describeListenerRealServersParams, body),
  handle(params, ctx) {
    const listeners = ctx.state.gaapListeners;
    const listener = requireListener(listeners, params.ListenerId);
    const project = listenerProject(ctx.state, listener);
    const bound = new Set(listener.bindings.map((b) => b.RealServerId));
    const bindable = Object.values(listeners.realServers)
      .filter((s) => s.sandbox.type === listener.RealServerType && s.ProjectId === project && !bound.has(s.RealServerId))
      .sort((a, b) => (a.RealServerId < b.RealServerId ? -1 : 1))
      .map((s) => ({ RealServerIP: s.RealServerIP, RealServerId: s.RealServerId, RealServerName: s.RealServerName, ProjectId: s.ProjectId, InBanBlacklist: s.InBanBlacklist }));
    const boundSet = listener.bindings.filter((b) => ownEntry(listeners.realServers, b.RealServerId)).map((b) => bindRealServer(listeners, listener, b));
    return { TotalCount: bindable.length, RealServerSet: bindable, BindRealServerTotalCount: boundSet.length, BindRealServerSet: boundSet };
  },
});
