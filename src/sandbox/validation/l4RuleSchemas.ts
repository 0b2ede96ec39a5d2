import * as z from "../../core/zod";
import { boolParam, filters, intParam, onOff } from "./paramSchemas";

// Shapes of the EdgeOne L4 rule and origin-group actions (teo_models.d.ts). The documented conflicts between fields
// are checked on the resulting rule by teo/l4RuleChecks.ts, since a modify keeps the fields it omits.

const target = { ZoneId: z.string(), ProxyId: z.string() };

const ruleFields = {
  Protocol: z.enum(["TCP", "UDP"]),
  PortRange: z.array(z.string().max(32)).min(1).max(100),
  OriginType: z.enum(["IP_DOMAIN", "ORIGIN_GROUP", "LB"]),
  OriginValue: z.array(z.string().max(255)).min(1).max(100),
  OriginPortRange: z.string().max(32),
  ClientIPPassThroughMode: z.enum(["TOA", "PPV1", "PPV2", "SPP", "OFF"]),
  SessionPersist: onOff(),
  SessionPersistTime: intParam(30, 3600),
  RuleTag: z.string().min(1).max(50),
  // Read-only fields the API ignores when given (RemoteAuth: "如有传此参数，会忽略").
  RemoteAuth: z.unknown(),
  BuId: z.unknown(),
};

const optionalRule = {
  Protocol: ruleFields.Protocol.optional(),
  PortRange: ruleFields.PortRange.optional(),
  OriginType: ruleFields.OriginType.optional(),
  OriginValue: ruleFields.OriginValue.optional(),
  OriginPortRange: ruleFields.OriginPortRange.optional(),
  ClientIPPassThroughMode: ruleFields.ClientIPPassThroughMode.optional(),
  SessionPersist: ruleFields.SessionPersist.optional(),
  SessionPersistTime: ruleFields.SessionPersistTime.optional(),
  RuleTag: ruleFields.RuleTag.optional(),
  RemoteAuth: ruleFields.RemoteAuth.optional(),
  BuId: ruleFields.BuId.optional(),
};

/** RuleId and Status are refused on create by the handler with a word, rather than as unknown parameters. */
const newRule = z.strictObject({
  ...optionalRule,
  Protocol: ruleFields.Protocol,
  PortRange: ruleFields.PortRange,
  OriginType: ruleFields.OriginType,
  OriginValue: ruleFields.OriginValue,
  OriginPortRange: ruleFields.OriginPortRange,
  RuleId: z.string().optional(),
  Status: z.string().optional(),
});

const changedRule = z.strictObject({ ...optionalRule, RuleId: z.string(), Status: z.string().optional() });

export const describeL4ProxyRulesParams = z.strictObject({
  ...target,
  Offset: intParam(0).optional(),
  Limit: intParam(0, 1000).optional(),
  Filters: filters(20, 20).optional(),
});

export const createL4ProxyRulesParams = z.strictObject({ ...target, L4ProxyRules: z.array(newRule).min(1).max(200) });

export const modifyL4ProxyRulesParams = z.strictObject({ ...target, L4ProxyRules: z.array(changedRule).min(1).max(200) });

const ruleIds = z.array(z.string()).min(1).max(200);

export const modifyL4ProxyRulesStatusParams = z.strictObject({ ...target, RuleIds: ruleIds, Status: z.enum(["online", "offline"]) });

export const deleteL4ProxyRulesParams = z.strictObject({ ...target, RuleIds: ruleIds });

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

export type NewRuleParams = z.infer<typeof newRule>;
export type ChangedRuleParams = z.infer<typeof changedRule>;
