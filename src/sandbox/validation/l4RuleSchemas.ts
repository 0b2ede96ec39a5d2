import * as z from "../../core/zod";
import { boolParam, filters, intParam } from "./paramSchemas";

// Parameters of the EdgeOne reads the core does not model (teo_models.d.ts); the four rule writes are validated with
// the core's definitions (l4RuleActions.ts).

export const describeL4ProxyRulesParams = z.strictObject({
  ZoneId: z.string(),
  ProxyId: z.string(),
  Offset: intParam(0).optional(),
  Limit: intParam(0, 1000).optional(),
  Filters: filters(20, 20).optional(),
});

export const describeOriginGroupParams = z.strictObject({
  // Optional in the SDK's type, but "此参数必填" (required) in its description.
  ZoneId: z.string(),
  Offset: intParam(0).optional(),
  Limit: intParam(0, 1000).optional(),
  Filters: z
    .array(z.strictObject({ Name: z.string(), Values: z.array(z.string()).max(20), Fuzzy: boolParam().optional() }))
    .max(20)
    .optional(),
});
