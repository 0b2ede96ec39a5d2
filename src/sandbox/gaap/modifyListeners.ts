import { modifyTcpListenerAttribute as modifyTcpDefinition } from "../../core/actions/modifyTcpListenerAttribute";
import { modifyUdpListenerAttribute as modifyUdpDefinition } from "../../core/actions/modifyUdpListenerAttribute";
import type * as z from "../../core/zod";
import { ApiError } from "../apiError";
import { reason } from "../errorMessages";
import { defineAction, type ActionContext } from "../sandboxAction";
import type { ListenerProtocol } from "../state/listenerState";
import { validateCoreAction } from "../validation/validateCoreAction";
import { checkListenerSettings } from "./listenerRules";
import { checkBelongs, refuseBusy, requireListener } from "./listenerTargets";

type Params = z.infer<typeof modifyUdpDefinition.params>;

/** Changes what is given; the listener passes through ListenerStatus 4 (configuration changing) back to 0. */
function modifyListener(params: Params, protocol: ListenerProtocol, ctx: ActionContext) {
  const listener = requireListener(ctx.state.gaapListeners, params.ListenerId);
  checkBelongs(listener, params);
  if (listener.Protocol !== protocol) {
    throw new ApiError("InvalidParameter", reason(`the listener ${listener.ListenerId} is a ${listener.Protocol} listener`, `监听器 ${listener.ListenerId} 为 ${listener.Protocol} 监听器`));
  }
  refuseBusy(listener);
  const check = listener.udpCheck;
  const merged = {
    Scheduler: params.Scheduler ?? listener.Scheduler,
    RealServerType: listener.RealServerType,
    DelayLoop: params.DelayLoop ?? listener.DelayLoop,
    ConnectTimeout: params.ConnectTimeout ?? listener.ConnectTimeout,
    FailoverSwitch: params.FailoverSwitch ?? listener.FailoverSwitch,
    HealthCheck: params.HealthCheck ?? listener.HealthCheck,
    CheckType: params.CheckType ?? check?.CheckType,
  };
  checkListenerSettings(merged, protocol);
  Object.assign(listener, {
    ListenerName: params.ListenerName ?? listener.ListenerName,
    Scheduler: merged.Scheduler,
    DelayLoop: merged.DelayLoop,
    ConnectTimeout: merged.ConnectTimeout,
    FailoverSwitch: merged.FailoverSwitch,
    HealthCheck: merged.HealthCheck,
    HealthyThreshold: params.HealthyThreshold ?? listener.HealthyThreshold,
    UnhealthyThreshold: params.UnhealthyThreshold ?? listener.UnhealthyThreshold,
    ListenerStatus: 4,
  });
  if (check) {
    listener.udpCheck = {
      CheckType: params.CheckType ?? check.CheckType,
      CheckPort: params.CheckPort ?? check.CheckPort,
      ContextType: params.ContextType ?? check.ContextType,
      SendContext: params.SendContext ?? check.SendContext,
      RecvContext: params.RecvContext ?? check.RecvContext,
    };
  }
  listener.sandbox.pending = { to: 0, at: ctx.now + ctx.delays.adjust };
  return {};
}

export const modifyTCPListenerAttribute = defineAction({
  name: "ModifyTCPListenerAttribute",
  product: "gaap",
  writes: true,
  validate: (body) => validateCoreAction(modifyTcpDefinition, body),
  handle: (params, ctx) => modifyListener(params, "TCP", ctx),
});

export const modifyUDPListenerAttribute = defineAction({
  name: "ModifyUDPListenerAttribute",
  product: "gaap",
  writes: true,
  validate: (body) => validateCoreAction(modifyUdpDefinition, body),
  handle: (params, ctx) => modifyListener(params, "UDP", ctx),
});
