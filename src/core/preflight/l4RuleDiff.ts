import type { RequestParams } from "../actions/actionDefinition";
import type { L4RuleFacts } from "../live/l4RuleFacts";
import type { L4RuleAction } from "./l4RuleReport";

/** A rule's fields as the panel shows them: values as text, in the API's order. */
export const RULE_FIELDS = [
  "Protocol",
  "PortRange",
  "OriginType",
  "OriginValue",
  "OriginPortRange",
  "ClientIPPassThroughMode",
  "SessionPersist",
  "SessionPersistTime",
  "RuleTag",
] as const;

export type RuleField = (typeof RULE_FIELDS)[number];

export type RuleValues = Partial<Record<RuleField, string>>;

export interface FieldChange {
  field: RuleField;
  current: string;
  target: string;
  changed: boolean;
}

/** One rule of the file that changes a live one, field by field (only the fields the file sets). */
export interface ChangedRule {
  index: number;
  ruleId: string;
  fields: FieldChange[];
}

export interface StatusChange {
  ruleId: string;
  from: string;
  to: string;
}

/**
 * The proxy's live rules beside the file's: what is added (Create), changed (Modify, field by field), switched
 * (ModifyL4ProxyRulesStatus), removed (Delete), and what stays as it is. A Modify removes nothing.
 */
export interface L4RuleDiff {
  added: { index: number; values: RuleValues }[];
  changed: ChangedRule[];
  switched: StatusChange[];
  /** `index`: the entry of RuleIds that names it. */
  removed: { index: number; ruleId: string; values: RuleValues; status: string }[];
  /** Live rules the request leaves alone. */
  kept: { ruleId: string; values: RuleValues; status: string }[];
  /** RuleIds the file names that the proxy does not have. */
  missing: string[];
}

const MAX_RULES = 1000;
const MAX_ITEMS = 100;

const text = (v: unknown): string | undefined =>
  typeof v === "string" ? v : typeof v === "number" ? String(v) : Array.isArray(v) ? v.slice(0, MAX_ITEMS).map((x) => (typeof x === "string" || typeof x === "number" ? String(x) : "?")).join(", ") : undefined;
const fields = (v: unknown): Readonly<Record<string, unknown>> => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v.slice(0, MAX_RULES) : []);
const id = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

/** A live rule's values as text. */
export function liveValues(r: L4RuleFacts): RuleValues {
  const values: RuleValues = {
    Protocol: r.protocol,
    PortRange: r.portRange.join(", "),
    OriginType: r.originType,
    OriginValue: r.originValue.join(", "),
    OriginPortRange: r.originPortRange,
    ClientIPPassThroughMode: r.clientIPPassThroughMode,
    SessionPersist: r.sessionPersist,
    RuleTag: r.ruleTag,
  };
  if (r.sessionPersistTime !== undefined) values.SessionPersistTime = String(r.sessionPersistTime);
  return values;
}

/** A file rule's values as text: the fields it sets. */
export function fileValues(rule: Readonly<Record<string, unknown>>): RuleValues {
  const values: RuleValues = {};
  for (const field of RULE_FIELDS) {
    const v = text(rule[field]);
    if (v !== undefined) values[field] = v;
  }
  return values;
}

/** The diff of a rule request against the proxy's live rules (bounded: the first 1000 of each). */
export function l4RuleDiff(action: L4RuleAction, params: RequestParams, live: readonly L4RuleFacts[]): L4RuleDiff {
  const diff: L4RuleDiff = { added: [], changed: [], switched: [], removed: [], kept: [], missing: [] };
  const byId = new Map(live.slice(0, MAX_RULES).map((r) => [r.ruleId, r]));
  const touched = new Set<string>();
  if (action === "CreateL4ProxyRules") {
    list(params.L4ProxyRules).forEach((r, index) => diff.added.push({ index, values: fileValues(fields(r)) }));
  } else if (action === "ModifyL4ProxyRules") {
    list(params.L4ProxyRules).forEach((raw, index) => {
      const rule = fields(raw);
      const ruleId = id(rule.RuleId);
      const current = ruleId ? byId.get(ruleId) : undefined;
      if (!ruleId) return;
      if (!current) return void diff.missing.push(ruleId);
      touched.add(ruleId);
      const now = liveValues(current);
      const target = fileValues(rule);
      const changes = RULE_FIELDS.filter((f) => target[f] !== undefined).map((f) => ({ field: f, current: now[f] ?? "", target: target[f]!, changed: target[f] !== (now[f] ?? "") }));
      diff.changed.push({ index, ruleId, fields: changes });
    });
  } else {
    const status = id(params.Status);
    for (const [index, raw] of list(params.RuleIds).entries()) {
      const ruleId = id(raw);
      if (!ruleId || touched.has(ruleId)) continue;
      const current = byId.get(ruleId);
      if (!current) {
        diff.missing.push(ruleId);
        continue;
      }
      touched.add(ruleId);
      if (action === "DeleteL4ProxyRules") diff.removed.push({ index, ruleId, values: liveValues(current), status: current.status });
      else diff.switched.push({ ruleId, from: current.status, to: status ?? "" });
    }
  }
  for (const r of byId.values()) if (!touched.has(r.ruleId)) diff.kept.push({ ruleId: r.ruleId, values: liveValues(r), status: r.status });
  return diff;
}
