import type { RequestParams } from "../actions/actionDefinition";
import { stringParam } from "../preflight/requestValues";
import type { PathFinding } from "../validation/finding";
import { PortIndex, intervalText, portInterval, type IndexedPorts } from "./l4PortIntervals";
import type { L4ProxyFacts, L4RuleFacts, L4RuleLiveSource } from "./l4RuleFacts";
import { fieldsOf, liveFinding } from "./liveFinding";
import type { LiveSource } from "./liveSource";

/** A hostile file is bounded before it reaches the checks: the API takes 200 rules a call. */
const MAX_RULES = 1000;
const MAX_PORTS = 100;

const entries = (v: unknown, max: number): readonly unknown[] => (Array.isArray(v) ? v.slice(0, max) : []);

/** The proxy states that refuse each kind of rule write, with the finding that says so. */
const BUSY: ReadonlyMap<string, string> = new Map([
  ["progress", "live-l4-proxy-busy"],
  ["stopping", "live-l4-proxy-busy"],
  ["banned", "live-l4-proxy-banned"],
  ["fail", "live-l4-proxy-failed"],
]);

type RuleSource = Pick<LiveSource, "zone"> & L4RuleLiveSource;

/** The zone and the proxy: found, not paused, in a state that takes the write. Undefined proxy: stop here. */
async function zoneAndProxy(request: RequestParams, source: RuleSource, adds: boolean, signal?: AbortSignal): Promise<{ found: PathFinding[]; proxy?: L4ProxyFacts }> {
  const zoneId = stringParam(request.ZoneId);
  const proxyId = stringParam(request.ProxyId);
  if (!zoneId) return { found: [] };
  const zone = await source.zone(zoneId, signal);
  if (!zone) return { found: [liveFinding("/ZoneId", "live-zone-not-found", "error", { id: zoneId })] };
  const found: PathFinding[] = [];
  if (zone.paused) found.push(liveFinding("/ZoneId", "live-zone-paused", "error", { id: zoneId, name: zone.name }));
  if (!proxyId) return { found };
  const proxy = await source.l4Proxy(zoneId, proxyId, signal);
  if (!proxy) return { found: [...found, liveFinding("/ProxyId", "live-l4-proxy-not-found", "error", { id: proxyId, zone: zone.name })] };
  const busy = BUSY.get(proxy.status);
  if (busy) found.push(liveFinding("/ProxyId", busy, "error", { id: proxyId, status: proxy.status }));
  else if (adds && proxy.status !== "online") found.push(liveFinding("/ProxyId", "live-l4-proxy-not-online", "error", { id: proxyId, status: proxy.status }));
  return { found, proxy };
}

interface Owner {
  ruleId: string;
}

function indexOf(rules: readonly { ruleId: string; protocol: string; portRange: readonly string[] }[]): Map<string, PortIndex<Owner>> {
  const byProtocol = new Map<string, IndexedPorts<Owner>[]>();
  for (const rule of rules) {
    const list = byProtocol.get(rule.protocol) ?? [];
    byProtocol.set(rule.protocol, list);
    for (const text of rule.portRange.slice(0, MAX_PORTS)) {
      const i = portInterval(text);
      if (i) list.push({ ...i, text, owner: { ruleId: rule.ruleId } });
    }
  }
  return new Map([...byProtocol].map(([protocol, list]) => [protocol, new PortIndex(list)]));
}

/** The file's forwarding ports of rule `index` against the others on the proxy, one finding per clashing entry. */
function overlaps(
  ports: readonly unknown[],
  protocol: string,
  path: (j: number) => string,
  index: Map<string, PortIndex<Owner>>,
  ownId: string | undefined,
): PathFinding[] {
  const found: PathFinding[] = [];
  const byProtocol = index.get(protocol);
  if (!byProtocol) return found;
  ports.forEach((text, j) => {
    const i = portInterval(text);
    const hit = i && byProtocol.overlapping(i, (o) => o.ruleId === ownId);
    if (i && hit) found.push(liveFinding(path(j), "live-l4-port-overlap", "error", { range: intervalText(i), protocol, rule: hit.owner.ruleId, existing: hit.text }));
  });
  return found;
}

const GROUP = "ORIGIN_GROUP";
const SETTLING = new Set(["progress", "stopping"]);

/** Each rule that names an origin group: the group exists in the zone and is GENERAL (HTTP-only groups serve L7). */
async function originGroupFindings(
  zoneId: string,
  rules: readonly Readonly<Record<string, unknown>>[],
  liveType: (i: number) => string | undefined,
  source: RuleSource,
  signal?: AbortSignal,
): Promise<PathFinding[]> {
  const named = rules
    .map((r, i) => ({ i, type: stringParam(r.OriginType) ?? liveType(i), id: stringParam(entries(r.OriginValue, 1)[0]) }))
    .filter((r): r is { i: number; type: string; id: string } => r.type === GROUP && r.id !== undefined);
  if (named.length === 0) return [];
  const groups = new Map((await source.originGroups(zoneId, signal)).map((g) => [g.groupId, g]));
  const found: PathFinding[] = [];
  for (const { i, id } of named) {
    const group = groups.get(id);
    const path = `/L4ProxyRules/${i}/OriginValue/0`;
    if (!group) found.push(liveFinding(path, "live-origin-group-not-found", "error", { id }));
    else if (group.type !== "GENERAL") found.push(liveFinding(path, "live-origin-group-not-general", "error", { id, name: group.name, type: group.type }));
  }
  return found;
}

const fileRules = (request: RequestParams) => entries(request.L4ProxyRules, MAX_RULES).map(fieldsOf);

/** CreateL4ProxyRules: the zone and an online proxy; no forwarding port already taken on it; origin groups GENERAL. */
export async function createL4RulesLiveChecks(request: RequestParams, source: RuleSource, signal?: AbortSignal): Promise<PathFinding[]> {
  const { found, proxy } = await zoneAndProxy(request, source, true, signal);
  if (!proxy) return found;
  const rules = fileRules(request);
  const index = indexOf(await source.l4Rules(proxy.zoneId, proxy.proxyId, signal));
  rules.forEach((r, i) => {
    const protocol = stringParam(r.Protocol);
    if (protocol) found.push(...overlaps(entries(r.PortRange, MAX_PORTS), protocol, (j) => `/L4ProxyRules/${i}/PortRange/${j}`, index, undefined));
  });
  found.push(...(await originGroupFindings(proxy.zoneId, rules, () => undefined, source, signal)));
  return found;
}

/**
 * ModifyL4ProxyRules: each RuleId exists; the rules as they will be (live fields with the file's over them) do
 * not overlap. Rules whose new ports the file gives are checked against each other offline, so here they are
 * checked against the rest only.
 */
export async function modifyL4RulesLiveChecks(request: RequestParams, source: RuleSource, signal?: AbortSignal): Promise<PathFinding[]> {
  const { found, proxy } = await zoneAndProxy(request, source, true, signal);
  if (!proxy) return found;
  const rules = fileRules(request);
  const liveRules = await source.l4Rules(proxy.zoneId, proxy.proxyId, signal);
  const byId = new Map(liveRules.map((r) => [r.ruleId, r]));
  const edits = new Map<string, Readonly<Record<string, unknown>>>();
  rules.forEach((r, i) => {
    const id = stringParam(r.RuleId);
    if (!id) return;
    const current = byId.get(id);
    if (!current) found.push(liveFinding(`/L4ProxyRules/${i}/RuleId`, "live-l4-rule-not-found", "error", { id, proxy: proxy.proxyId }));
    else edits.set(id, r);
    if (current && SETTLING.has(current.status)) found.push(liveFinding(`/L4ProxyRules/${i}/RuleId`, "live-l4-rule-busy", "warning", { id, status: current.status }));
  });
  const movedInFile = (id: string) => edits.get(id)?.PortRange !== undefined;
  const after = (r: L4RuleFacts) => ({ ruleId: r.ruleId, protocol: stringParam(edits.get(r.ruleId)?.Protocol) ?? r.protocol, portRange: r.portRange });
  const index = indexOf(liveRules.filter((r) => !movedInFile(r.ruleId)).map(after));
  rules.forEach((r, i) => {
    const id = stringParam(r.RuleId);
    const current = id ? byId.get(id) : undefined;
    if (!current) return;
    const protocol = stringParam(r.Protocol) ?? current.protocol;
    if (r.PortRange !== undefined) found.push(...overlaps(entries(r.PortRange, MAX_PORTS), protocol, (j) => `/L4ProxyRules/${i}/PortRange/${j}`, index, id));
    else if (protocol !== current.protocol) found.push(...overlaps(current.portRange, protocol, () => `/L4ProxyRules/${i}/Protocol`, index, id).slice(0, 1));
  });
  const liveType = (i: number) => byId.get(stringParam(rules[i]?.RuleId) ?? "")?.originType;
  found.push(...(await originGroupFindings(proxy.zoneId, rules, liveType, source, signal)));
  return found;
}

/** RuleIds of ModifyL4ProxyRulesStatus and DeleteL4ProxyRules: each exists; the rest depends on the action. */
async function ruleIdFindings(
  request: RequestParams,
  source: RuleSource,
  each: (rule: L4RuleFacts, path: string, proxy: L4ProxyFacts) => PathFinding | undefined,
  signal?: AbortSignal,
): Promise<PathFinding[]> {
  const { found, proxy } = await zoneAndProxy(request, source, false, signal);
  if (!proxy) return found;
  const ids = entries(request.RuleIds, MAX_RULES);
  if (ids.length === 0) return found;
  const byId = new Map((await source.l4Rules(proxy.zoneId, proxy.proxyId, signal)).map((r) => [r.ruleId, r]));
  ids.forEach((id, k) => {
    if (typeof id !== "string" || id === "") return;
    const rule = byId.get(id);
    const path = `/RuleIds/${k}`;
    const f = rule ? each(rule, path, proxy) : liveFinding(path, "live-l4-rule-not-found", "error", { id, proxy: proxy.proxyId });
    if (f) found.push(f);
  });
  return found;
}

/** ModifyL4ProxyRulesStatus: each rule exists and is not already where it is sent, nor on its way somewhere. */
export function l4RulesStatusLiveChecks(request: RequestParams, source: RuleSource, signal?: AbortSignal): Promise<PathFinding[]> {
  const target = stringParam(request.Status);
  return ruleIdFindings(
    request,
    source,
    (rule, path) =>
      SETTLING.has(rule.status)
        ? liveFinding(path, "live-l4-rule-busy", "warning", { id: rule.ruleId, status: rule.status })
        : rule.status === target
          ? liveFinding(path, "live-l4-rule-status-same", "warning", { id: rule.ruleId, status: rule.status })
          : undefined,
    signal,
  );
}

/**
 * DeleteL4ProxyRules: each rule exists; on an online proxy an online rule is taken offline first (the API refuses
 * to delete it with FailedOperation, as Terraform's delete shows by disabling first).
 */
export function deleteL4RulesLiveChecks(request: RequestParams, source: RuleSource, signal?: AbortSignal): Promise<PathFinding[]> {
  return ruleIdFindings(
    request,
    source,
    (rule, path, proxy) =>
      SETTLING.has(rule.status)
        ? liveFinding(path, "live-l4-rule-busy", "warning", { id: rule.ruleId, status: rule.status })
        : rule.status === "online" && proxy.status === "online"
          ? liveFinding(path, "live-l4-rule-online", "error", { id: rule.ruleId, ports: rule.portRange.join(", "), protocol: rule.protocol })
          : undefined,
    signal,
  );
}
