import * as z from "../../core/zod";
import { boolParam, filters, intParam, onOff } from "./paramSchemas";

// Parameters of the EdgeOne actions besides CreateL4Proxy (which the core models), tencent-api.md §3.

export const describeZonesParams = z.strictObject({
  Offset: intParam(0).optional(),
  Limit: intParam(0, 100).optional(),
  Filters: z.array(z.strictObject({ Name: z.string(), Values: z.array(z.string()).max(20), Fuzzy: boolParam().optional() })).max(20).optional(),
  Order: z.enum(["type", "area", "create-time", "zone-name", "use-time", "active-status"]).optional(),
  Direction: z.enum(["asc", "desc"]).optional(),
});

export const describeL4ProxyParams = z.strictObject({
  ZoneId: z.string(),
  Offset: intParam(0).optional(),
  Limit: intParam(0, 1000).optional(),
  Filters: filters(20, 20).optional(),
});

const target = { ZoneId: z.string(), ProxyId: z.string() };

export const modifyL4ProxyParams = z.strictObject({ ...target, Ipv6: onOff().optional(), AccelerateMainland: onOff().optional() });

export const modifyL4ProxyStatusParams = z.strictObject({ ...target, Status: z.enum(["online", "offline"]) });

export const deleteL4ProxyParams = z.strictObject(target);
