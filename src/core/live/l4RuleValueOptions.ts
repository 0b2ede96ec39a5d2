import type { RequestParams } from "../actions/actionDefinition";
import type { L4RuleFacts, L4RuleLiveSource } from "./l4RuleFacts";
import { PortIndex, intervalText, portInterval, type IndexedPorts, type PortInterval } from "./l4PortIntervals";
import type { ValueOption } from "./liveValueOptions";

/** The actions whose completion this module answers. */
export const L4_RULE_ACTIONS: ReadonlySet<string> = new Set(["CreateL4ProxyRules", "ModifyL4ProxyRules", "ModifyL4ProxyRulesStatus", "DeleteL4ProxyRules"]);

const MAX_RULES = 1000;
const MAX_PORTS = 100;
const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const list = (v: unknown, max: number): readonly unknown[] => (Array.isArray(v) ? v.slice(0, max) : []);
const fields = (v: unknown): Readonly<Record<string, unknown>> => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

const ruleDetail = (r: L4RuleFacts) => `${r.protocol} ${r.portRange.join(",")} → ${r.originValue.join(",")}:${r.originPortRange} · ${r.status}`;

/** The lowest free start at or after `from` for `length` ports, or undefined when none fits below 65536. */
function freeFrom(index: PortIndex<unknown>, from: number, length: number): PortInterval | undefined {
  let lo = Math.max(1, from);
  // Each step jumps past the interval in the way, so the walk is bounded by the number of intervals.
  for (let guard = 0; guard < 100_000 && lo + length - 1 <= 65535; guard++) {
    const wanted = { lo, hi: lo + length - 1 };
    const hit = index.overlapping(wanted);
    if (!hit) return wanted;
    lo = hit.hi + 1;
  }
  return undefined;
}

/**
 * Free forwarding ports for entry `ruleIndex` of the file: the next free one above every port in use on the proxy
 * (in the rule's protocol, the file's other rules included), and the lowest free one; a range as long as the
 * rule's OriginPortRange when that is a range.
 */
function freePorts(request: RequestParams, ruleIndex: number, live: readonly L4RuleFacts[], proxyId: string): ValueOption[] {
  const rules = list(request.L4ProxyRules, MAX_RULES).map(fields);
  const own = rules[ruleIndex] ?? {};
  const ownId = str(own.RuleId);
  const protocol = str(own.Protocol) ?? live.find((r) => r.ruleId === ownId)?.protocol ?? "TCP";
  const taken: IndexedPorts<unknown>[] = [];
  const add = (texts: readonly unknown[]) => {
    for (const t of texts.slice(0, MAX_PORTS)) {
      const i = portInterval(t);
      if (i) taken.push({ ...i, text: String(t), owner: undefined });
    }
  };
  const liveById = new Map(live.map((r) => [r.ruleId, r]));
  const inFile = new Set(rules.map((r) => str(r.RuleId)).filter((id) => id !== undefined));
  for (const r of live) if (r.ruleId !== ownId && !inFile.has(r.ruleId) && r.protocol === protocol) add(r.portRange);
  rules.forEach((r, i) => {
    if (i === ruleIndex) return;
    const base = liveById.get(str(r.RuleId) ?? "");
    if ((str(r.Protocol) ?? base?.protocol ?? "TCP") === protocol) add(r.PortRange !== undefined ? list(r.PortRange, MAX_PORTS) : (base?.portRange ?? []));
  });
  const index = new PortIndex(taken);
  const origin = portInterval(own.OriginPortRange);
  const lengths = origin && origin.hi > origin.lo ? [origin.hi - origin.lo + 1, 1] : [1];
  const highest = taken.reduce((m, t) => Math.max(m, t.hi), 0);
  const options: ValueOption[] = [];
  const seen = new Set<string>();
  for (const length of lengths) {
    for (const [from, detail] of [
      [highest + 1, `next free ${protocol} port on ${proxyId}`],
      [1, `lowest free ${protocol} port on ${proxyId}`],
    ] as const) {
      const free = freeFrom(index, from, length);
      const text = free && intervalText(free);
      if (text && !seen.has(text)) {
        seen.add(text);
        options.push({ value: text, detail });
      }
    }
  }
  return options;
}

/**
 * Completion in L4 rule files: L4 proxy IDs of the zone, rule IDs of the proxy, GENERAL origin groups for an
 * ORIGIN_GROUP rule, and free forwarding ports. Undefined: nothing to offer at this path.
 */
export async function l4RuleValueOptions(action: string, path: readonly (string | number)[], request: RequestParams, source: L4RuleLiveSource, signal?: AbortSignal): Promise<ValueOption[] | undefined> {
  const zoneId = str(request.ZoneId);
  const proxyId = str(request.ProxyId);
  const [top, ruleIndex, field] = path;
  if (!zoneId) return undefined;
  if (top === "ProxyId" && path.length === 1) {
    return (await source.l4Proxies(zoneId, signal)).map((p) => ({ value: p.proxyId, detail: `${p.name} · ${p.status}${p.ruleCount === undefined ? "" : ` · ${p.ruleCount} rules`}` }));
  }
  if (!proxyId) return undefined;
  const rulesOfProxy = () => source.l4Rules(zoneId, proxyId, signal);
  if (top === "RuleIds" && path.length === 2) {
    const named = new Set(list(request.RuleIds, MAX_RULES).filter((id, k) => k !== ruleIndex && typeof id === "string"));
    const target = str(request.Status);
    return (await rulesOfProxy())
      .filter((r) => !named.has(r.ruleId))
      .sort((a, b) => Number(a.status === target) - Number(b.status === target))
      .map((r) => ({ value: r.ruleId, detail: ruleDetail(r) }));
  }
  if (top !== "L4ProxyRules" || typeof ruleIndex !== "number") return undefined;
  if (field === "RuleId" && path.length === 3 && action === "ModifyL4ProxyRules") return (await rulesOfProxy()).map((r) => ({ value: r.ruleId, detail: ruleDetail(r) }));
  if (field === "PortRange" && path.length === 4) return freePorts(request, ruleIndex, await rulesOfProxy(), proxyId);
  if (field === "OriginValue" && path.length === 4) {
    const rule = fields(list(request.L4ProxyRules, MAX_RULES)[ruleIndex]);
    const ownId = str(rule.RuleId);
    const type = str(rule.OriginType) ?? (ownId ? (await rulesOfProxy()).find((r) => r.ruleId === ownId)?.originType : undefined);
    if (type !== "ORIGIN_GROUP") return undefined;
    return (await source.originGroups(zoneId, signal)).filter((g) => g.type === "GENERAL").map((g) => ({ value: g.groupId, detail: `${g.name} · ${g.type}` }));
  }
  return undefined;
}
