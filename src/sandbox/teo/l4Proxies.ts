import { createL4Proxy as createL4ProxyAction } from "../../core/actions/createL4Proxy";
import { ApiError } from "../apiError";
import { reason } from "../errorMessages";
import { newId } from "../newId";
import { defineAction } from "../sandboxAction";
import { buildL4Record } from "../state/buildL4Record";
import type { DDosProtectionConfig, L4Record } from "../state/sandboxState";
import { describeL4ProxyParams } from "../validation/teoSchemas";
import { validateCoreAction } from "../validation/validateCoreAction";
import { validateSchema } from "../validation/validateSchema";
import { l4Info } from "./l4Info";
import { l4ProxiesOf, refusePaused, requireZone } from "./zoneLookup";

/** DDoS level of an instance for the ddos-protection-type filter: PLATFORM unless an exclusive level is set. */
const ddosLevels = (l4: L4Record): string[] => {
  const config = l4.DDosProtectionConfig;
  const levels = [config?.LevelMainland, config?.LevelOverseas].filter((v): v is string => typeof v === "string");
  return levels.length ? levels : ["PLATFORM"];
};

/** Filter names and the values each one looks at; a Map, since the names come from requests. */
const FILTER_FIELDS = new Map<string, (l4: L4Record) => string[]>([
  ["proxy-id", (l4) => [l4.ProxyId]],
  ["ddos-protection-type", ddosLevels],
]);

export const describeL4Proxy = defineAction({
  name: "DescribeL4Proxy",
  product: "teo",
  writes: false,
  validate: (body) => validateSchema(describeL4ProxyParams, body),
  handle(params, ctx) {
    requireZone(ctx.state, params.ZoneId);
    let list = l4ProxiesOf(ctx.state, params.ZoneId);
    (params.Filters ?? []).forEach((filter, i) => {
      const field = FILTER_FIELDS.get(filter.Name);
      if (!field) {
        const names = [...FILTER_FIELDS.keys()].join(", ");
        throw new ApiError("InvalidParameterValue", { name: `Filters.${i}.Name`, ...reason(`it must be one of ${names}`, `可选值为 ${names}`) });
      }
      list = list.filter((l4) => field(l4).some((v) => filter.Values.includes(v)));
    });
    list.sort((a, b) => a.sandbox.createdMs - b.sandbox.createdMs || (a.ProxyId < b.ProxyId ? -1 : 1));
    const offset = params.Offset ?? 0;
    return { TotalCount: list.length, L4Proxies: list.slice(offset, offset + (params.Limit || 20)).map(l4Info) };
  },
});

interface CreateParams {
  ZoneId: string;
  ProxyName: string;
  Area: string;
  Ipv6?: string;
  StaticIp?: string;
  AccelerateMainland?: string;
  DDosProtectionConfig?: DDosProtectionConfig;
}

export const createL4Proxy = defineAction({
  name: "CreateL4Proxy",
  product: "teo",
  writes: true,
  // The core checks the shape and the documented conflicts (Ipv6 + StaticIp, AccelerateMainland + Ipv6, DDoS + Ipv6).
  validate: (body): CreateParams => validateCoreAction(createL4ProxyAction, body),
  handle(params, ctx) {
    const { state, now } = ctx;
    const zone = requireZone(state, params.ZoneId);
    refusePaused(zone);
    if (params.AccelerateMainland === "on" && !zone.sandbox.accelerateMainlandAllowed) throw new ApiError("OperationDenied.AccelerateMainlandDisable");
    if (params.StaticIp === "on" && !zone.sandbox.staticIpAreas.includes(params.Area)) {
      throw new ApiError("OperationDenied.StaticIpAreaConflict", { area: params.Area });
    }
    if (l4ProxiesOf(state, zone.ZoneId).some((l4) => l4.ProxyName === params.ProxyName)) {
      throw new ApiError("InvalidParameter.ProxyNameDuplicating", { name: params.ProxyName });
    }
    if (zone.sandbox.l4SoldOutAreas.includes(params.Area)) throw new ApiError("OperationDenied.L4LackOfResources", { area: params.Area });

    const proxyId = newId("l4", (id) => Object.hasOwn(state.l4Proxies, id));
    const l4 = buildL4Record({ ...params, ProxyId: proxyId, Status: "progress", createdMs: now });
    l4.sandbox.pending = { to: "online", at: now + ctx.delays.l4Deploy };
    state.l4Proxies[proxyId] = l4;
    ctx.recordCreation();
    return { ProxyId: proxyId };
  },
});
