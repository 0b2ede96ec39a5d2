import { createTcpListeners as createTcpListenersDefinition } from "../../core/actions/createTcpListeners";
import { createUdpListeners as createUdpListenersDefinition } from "../../core/actions/createUdpListeners";
import type * as z from "../../core/zod";
import { ApiError } from "../apiError";
import { reason } from "../errorMessages";
import { newId } from "../newId";
import { defineAction, type ActionContext } from "../sandboxAction";
import { latestListenerCreatedMs, putListener, type ListenerRecord } from "../state/listenerState";
import { validateCoreAction } from "../validation/validateCoreAction";
import { checkListenerSettings } from "./listenerRules";
import { listenersOn, listenersSharingPorts, ownerId, requireOwner, TRANSPORT_OF, type ListenerOwner } from "./listenerTargets";

/** Quotas of tencentcloud.com/document/product/608/70498 and the console's batch limit (608/13764). */
export const LISTENER_LIMITS = { perProxy: 50, portsPerRequest: 20 } as const;

type TcpParams = z.infer<typeof createTcpListenersDefinition.params>;
type UdpParams = z.infer<typeof createUdpListenersDefinition.params>;
type Params = (TcpParams & { protocol: "TCP" }) | (UdpParams & { protocol: "UDP" });

/**
 * A "listener with origins" request file names the origins in the create (RealServerBindSet) and runs as steps; the
 * API itself has no such parameter, so a create that carries it is refused as the API refuses it.
 */
function apiOnly(body: Record<string, unknown>): Record<string, unknown> {
  if (Object.hasOwn(body, "RealServerBindSet")) throw new ApiError("UnknownParameter", { name: "RealServerBindSet" });
  return body;
}

const ownerStatus = (owner: ListenerOwner) => (owner.kind === "proxy" ? owner.proxy.Status : owner.group.Status);
const ownerVersion = (owner: ListenerOwner) => (owner.kind === "proxy" ? owner.proxy.Version : owner.group.Version);

/** Everything the API refuses before it creates any listener of the batch. */
function checkCreate(params: Params, owner: ListenerOwner, ctx: ActionContext): void {
  const id = ownerId(owner);
  const status = ownerStatus(owner);
  if (status !== "RUNNING") throw new ApiError("FailedOperation.ProxyStatusNotInRuning", { id, status });
  if (owner.kind === "proxy" && !owner.proxy.SupportProtocols.includes(params.protocol)) {
    throw new ApiError("FailedOperation.InvalidListenerProtocol", { id, protocol: params.protocol });
  }
  if (params.Ports.length > LISTENER_LIMITS.portsPerRequest) {
    throw new ApiError("FailedOperation.OperateLimitNumofListener", { count: params.Ports.length, limit: LISTENER_LIMITS.portsPerRequest });
  }
  const count = listenersOn(ctx.state, owner).length + params.Ports.length;
  if (count > LISTENER_LIMITS.perProxy) throw new ApiError("FailedOperation.LimitNumofListener", { id, count, limit: LISTENER_LIMITS.perProxy });

  const transport = TRANSPORT_OF.get(params.protocol)!;
  const used = new Set(listenersSharingPorts(ctx.state, owner).flatMap((l) => (TRANSPORT_OF.get(l.Protocol) === transport ? [l.Port] : [])));
  for (const port of params.Ports) {
    if (used.has(port)) throw new ApiError("InvalidParameterValue.DuplicatedListenerPort", { port, transport, id });
    used.add(port);
  }

  // Origin ports per listener port: only where the listener maps ports itself (Version 1.0 proxies, groups).
  if (params.RealServerPorts !== undefined) {
    if (owner.kind === "proxy" && ownerVersion(owner) !== "1.0") {
      throw new ApiError("InvalidParameterValue", {
        name: "RealServerPorts",
        ...reason(`it is only for Version 1.0 connections and group listeners; ${id} is Version ${ownerVersion(owner)}`, `仅适用于 Version 1.0 通道和通道组监听器，${id} 为 Version ${ownerVersion(owner)}`),
      });
    }
    if (params.RealServerPorts.length !== params.Ports.length) {
      throw new ApiError("InvalidParameterValue", { name: "RealServerPorts", ...reason("it must have one port per entry of Ports", "必须与 Ports 一一对应") });
    }
  }
  if (params.protocol === "TCP" && params.ClientIPMethod !== undefined && owner.kind === "proxy" && !owner.proxy.ClientIPMethod.includes(params.ClientIPMethod)) {
    const allowed = owner.proxy.ClientIPMethod.join(", ");
    throw new ApiError("InvalidParameterValue", { name: "ClientIPMethod", ...reason(`${id} supports ${allowed}`, `${id} 支持的取值为 ${allowed}`) });
  }
  checkListenerSettings({ ...params, DelayLoop: params.DelayLoop ?? 5, ConnectTimeout: params.ConnectTimeout ?? 2 }, params.protocol);
}

function createListeners(params: Params, ctx: ActionContext): { ListenerIds: string[] } {
  const owner = requireOwner(ctx.state, params);
  checkCreate(params, owner, ctx);
  const listeners = ctx.state.gaapListeners;
  // A strictly later order than every listener before, and within the batch the order of Ports (requests in the same
  // millisecond, or a batch of 20, would otherwise tie or interleave).
  const base = Math.max(latestListenerCreatedMs(listeners) + 1, ctx.now);
  const ids = params.Ports.map((port, i) => {
    const ListenerId = newId("listener", (id) => Object.hasOwn(listeners.listeners, id));
    const udp = params.protocol === "UDP" ? params : undefined;
    const record: ListenerRecord = {
      ListenerId,
      ListenerName: params.ListenerName,
      Protocol: params.protocol,
      Port: port,
      RealServerPort: params.RealServerPorts?.[i] ?? null,
      RealServerType: params.RealServerType,
      ListenerStatus: 1,
      Scheduler: params.Scheduler,
      ConnectTimeout: params.ConnectTimeout ?? 2,
      DelayLoop: params.DelayLoop ?? 5,
      HealthCheck: params.HealthCheck ?? 0,
      ClientIPMethod: params.protocol === "TCP" ? (params.ClientIPMethod ?? 0) : 0,
      HealthyThreshold: params.HealthyThreshold ?? 1,
      UnhealthyThreshold: params.UnhealthyThreshold ?? 1,
      FailoverSwitch: params.FailoverSwitch ?? 0,
      SessionPersist: 0,
      udpCheck: udp
        ? { CheckType: udp.CheckType ?? "PORT", CheckPort: udp.CheckPort ?? -1, ContextType: udp.ContextType ?? "", SendContext: udp.SendContext ?? "", RecvContext: udp.RecvContext ?? "" }
        : null,
      ProxyId: owner.kind === "proxy" ? owner.proxy.ProxyId : null,
      GroupId: owner.kind === "group" ? owner.group.GroupId : null,
      CreateTime: Math.floor(ctx.now / 1000),
      bindings: [],
      sandbox: { createdMs: base + i, pending: { to: 0, at: ctx.now + ctx.delays.create } },
    };
    putListener(listeners, record);
    return ListenerId;
  });
  ctx.recordCreation();
  return { ListenerIds: ids };
}

export const createTCPListeners = defineAction({
  name: "CreateTCPListeners",
  product: "gaap",
  writes: true,
  // The core models it (a request file action): the sandbox checks it as the editor does, then the live rules.
  validate: (body) => validateCoreAction(createTcpListenersDefinition, apiOnly(body)),
  handle: (params, ctx) => createListeners({ ...params, protocol: "TCP" }, ctx),
});

export const createUDPListeners = defineAction({
  name: "CreateUDPListeners",
  product: "gaap",
  writes: true,
  validate: (body) => validateCoreAction(createUdpListenersDefinition, apiOnly(body)),
  handle: (params, ctx) => createListeners({ ...params, protocol: "UDP" }, ctx),
});
