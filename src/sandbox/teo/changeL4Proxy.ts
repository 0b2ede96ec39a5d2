import { ApiError } from "../apiError";
import { reason } from "../errorMessages";
import { defineAction, type ActionContext } from "../sandboxAction";
import { isoTime } from "../state/isoTime";
import { dropRulesOfProxy } from "../state/l4RuleState";
import type { L4Record, L4Status } from "../state/sandboxState";
import { deleteL4ProxyParams, modifyL4ProxyParams, modifyL4ProxyStatusParams } from "../validation/teoSchemas";
import { validateSchema } from "../validation/validateSchema";
import { refusePaused, requireL4, requireZone } from "./zoneLookup";

/** An instance being deployed or stopped refuses changes until it settles; a banned one refuses them all. */
function refuseBusy(l4: L4Record): void {
  if (l4.Status === "banned") throw new ApiError("OperationDenied.L4ProxyInBannedStatus", { id: l4.ProxyId });
  if (l4.Status === "progress" || l4.Status === "stopping") throw new ApiError("OperationDenied.L4ProxyInProcessStatus", { id: l4.ProxyId, status: l4.Status });
}

function startTransition(l4: L4Record, via: L4Status, to: L4Status, delay: number, ctx: ActionContext): void {
  l4.Status = via;
  l4.UpdateTime = isoTime(ctx.now);
  l4.sandbox.pending = { to, at: ctx.now + delay };
}

const hasExclusiveDdos = (l4: L4Record): boolean =>
  [l4.DDosProtectionConfig?.LevelMainland, l4.DDosProtectionConfig?.LevelOverseas].some((level) => level !== undefined && level !== "PLATFORM");

export const modifyL4Proxy = defineAction({
  name: "ModifyL4Proxy",
  product: "teo",
  writes: true,
  validate: (body) => validateSchema(modifyL4ProxyParams, body),
  handle(params, ctx) {
    const zone = requireZone(ctx.state, params.ZoneId);
    refusePaused(zone);
    const l4 = requireL4(ctx.state, zone.ZoneId, params.ProxyId);
    refuseBusy(l4);
    if (l4.Status === "offline") throw new ApiError("OperationDenied.L4ProxyInOfflineStatus", { id: l4.ProxyId });
    // Omitted parameters keep their value; the conflicts apply to the configuration that would result.
    const ipv6 = params.Ipv6 ?? l4.Ipv6;
    const mainland = params.AccelerateMainland ?? l4.AccelerateMainland;
    if (ipv6 === "on" && l4.StaticIp === "on") throw new ApiError("OperationDenied.Ipv6StaticIpConflict");
    if (ipv6 === "on" && mainland === "on") throw new ApiError("OperationDenied.AccelerateMainlandIpv6Conflict");
    if (ipv6 === "on" && hasExclusiveDdos(l4)) throw new ApiError("OperationDenied.Ipv6AdvancedConflict");
    if (mainland === "on" && l4.AccelerateMainland !== "on" && !zone.sandbox.accelerateMainlandAllowed) {
      throw new ApiError("OperationDenied.AccelerateMainlandDisable");
    }
    if (ipv6 === l4.Ipv6 && mainland === l4.AccelerateMainland) return {};
    l4.Ipv6 = ipv6;
    l4.AccelerateMainland = mainland;
    startTransition(l4, "progress", "online", ctx.delays.l4Deploy, ctx);
    return {};
  },
});

export const modifyL4ProxyStatus = defineAction({
  name: "ModifyL4ProxyStatus",
  product: "teo",
  writes: true,
  validate: (body) => validateSchema(modifyL4ProxyStatusParams, body),
  handle(params, ctx) {
    const zone = requireZone(ctx.state, params.ZoneId);
    refusePaused(zone);
    const l4 = requireL4(ctx.state, zone.ZoneId, params.ProxyId);
    refuseBusy(l4);
    // Asking for the status it already has is accepted and changes nothing.
    if (l4.Status === params.Status) return {};
    if (params.Status === "online") startTransition(l4, "progress", "online", ctx.delays.l4Deploy, ctx);
    else startTransition(l4, "stopping", "offline", ctx.delays.l4Stop, ctx);
    return {};
  },
});

export const deleteL4Proxy = defineAction({
  name: "DeleteL4Proxy",
  product: "teo",
  writes: true,
  validate: (body) => validateSchema(deleteL4ProxyParams, body),
  handle(params, ctx) {
    const zone = requireZone(ctx.state, params.ZoneId);
    const l4 = requireL4(ctx.state, zone.ZoneId, params.ProxyId);
    // Only a disabled instance can be deleted (Terraform disables and waits for offline before DeleteL4Proxy).
    if (l4.Status === "online" || l4.Status === "progress" || l4.Status === "stopping") {
      throw new ApiError("FailedOperation", {
        ...reason(
          `the L4 proxy ${l4.ProxyId} is ${l4.Status}; disable it (ModifyL4ProxyStatus offline) and wait for offline before deleting it`,
          `四层代理 ${l4.ProxyId} 当前状态为 ${l4.Status}，请先停用（ModifyL4ProxyStatus offline）并等待其变为 offline 后再删除`,
        ),
      });
    }
    delete ctx.state.l4Proxies[l4.ProxyId];
    dropRulesOfProxy(ctx.state, l4.ProxyId);
    return {};
  },
});
