import { MAX_LIST_ENTRIES_CHECKED } from "../validation/boundLists";
import type { PathFinding } from "../validation/finding";
import type { RequestParams, RuleApiError } from "./actionDefinition";
import { finding, has } from "./ruleHelpers";

// The offline conflict rules of the GAAP TCP/UDP listener and origin-server actions (issue 16 point 2), with their
// sources (traffic-api.md §1). Each reads the request as it is (any JSON), checks the type of every value it uses,
// and walks each list once, no further than MAX_LIST_ENTRIES_CHECKED entries: linear in the input.

/** Quota: at most 50 listeners per proxy (tencentcloud.com/document/product/608/70498). */
export const LISTENERS_PER_PROXY = 50;

const entries = (v: unknown): unknown[] => (Array.isArray(v) ? v.slice(0, MAX_LIST_ENTRIES_CHECKED) : []);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const at = (path: string, code: string, severity: PathFinding["severity"], target: PathFinding["target"], params: PathFinding["params"] = {}): PathFinding => ({
  path,
  code,
  severity,
  target,
  params,
});

/** "ProxyId和GroupId必须设置一个，但不能同时设置" (every listener Create/Modify/Delete request; TF ConflictsWith + AtLeastOneOf). */
export function scopeRules(request: RequestParams): PathFinding[] {
  const proxy = has(request, "ProxyId");
  const group = has(request, "GroupId");
  if (!proxy && !group) return [finding("ProxyId", "listener-proxy-or-group-required", "error", "object")];
  if (proxy && group) return [finding("GroupId", "listener-proxy-and-group", "error", "key")];
  return [];
}

/** No port twice in one request (InvalidParameterValue.DuplicatedListenerPort); the second one is marked. */
export function portRules(request: RequestParams): PathFinding[] {
  const found: PathFinding[] = [];
  const seen = new Set<number>();
  const list = entries(request.Ports);
  list.forEach((p, i) => {
    if (typeof p !== "number") return;
    if (seen.has(p)) found.push(at(`/Ports/${i}`, "listener-duplicate-port", "error", "value", { port: p }));
    seen.add(p);
  });
  if (Array.isArray(request.Ports) && request.Ports.length > LISTENERS_PER_PROXY) {
    found.push(finding("Ports", "listener-ports-over-quota", "warning", "value", { count: request.Ports.length, max: LISTENERS_PER_PROXY }));
  }
  return found;
}

/**
 * ConnectTimeout must be less than DelayLoop ("超时时间应小于健康检查时间间隔DelayLoop", gaap.d.ts; TF "connect_timeout
 * must be less than interval"). Offline only when the request sets both; a Modify setting one is checked live.
 */
export function timingRules(request: RequestParams): PathFinding[] {
  const timeout = request.ConnectTimeout;
  const delay = request.DelayLoop;
  if (typeof timeout !== "number" || typeof delay !== "number" || timeout < delay) return [];
  return [finding("ConnectTimeout", "listener-connect-timeout-not-below-delay-loop", "error", "value", { timeout, delay })];
}

/**
 * DOMAIN origins and scheduling. The rule follows the SDK (ModifyTCPListenerAttributeRequest.Scheduler, gaap.d.ts:
 * "RealServerType 为 DOMAIN 不支持wrr 和 lrtt"), which is what the API enforces as far as anyone checked; the older
 * console guide (608/13764, 2020) says DOMAIN listeners support only rr, so lc is a note, not an error. lrtt needs an
 * allowlist (same comment). Only the Create requests carry RealServerType; a Modify is checked against the live one.
 */
export function schedulerRules(request: RequestParams): PathFinding[] {
  const found: PathFinding[] = [];
  const scheduler = request.Scheduler;
  const domain = request.RealServerType === "DOMAIN";
  if (domain && (scheduler === "wrr" || scheduler === "lrtt")) found.push(finding("Scheduler", "listener-domain-scheduler", "error", "value", { scheduler }));
  else if (domain && scheduler === "lc") found.push(finding("Scheduler", "listener-domain-scheduler-rr-only", "info", "value", { scheduler }));
  if (scheduler === "lrtt") found.push(finding("Scheduler", "listener-lrtt-allowlist", "info", "value"));
  // "DOMAIN类型源站不支持开启" (FailoverSwitch, gaap.d.ts:977).
  if (domain && request.FailoverSwitch === 1) found.push(finding("FailoverSwitch", "listener-failover-domain", "error", "value"));
  return found;
}

/** ClientIPMethod is a TCP-listener parameter only (TF doc "Only supports listeners of TCP protocol"; absent from the UDP requests). */
export function tcpOnlyRules(request: RequestParams): PathFinding[] {
  return has(request, "ClientIPMethod") ? [finding("ClientIPMethod", "listener-client-ip-tcp-only", "error", "key")] : [];
}

const PORT_PROBE_FIELDS = ["CheckPort", "ContextType", "SendContext", "RecvContext"] as const;

/**
 * UDP health checks. HealthCheck 1 needs CheckType (TF "Must set check_type when enable health_check."). The probe
 * fields apply only with CheckType PORT ("仅在健康检查类型为PORT时使用", gaap.d.ts:1807), so they are a warning
 * otherwise. UDP listeners do have health checks: CreateTCPListenersRequest.HealthCheck still says
 * "UDP监听器不支持健康检查", but the UDP requests carry HealthCheck and CheckType and TF added UDP health checks
 * (PR #2816, 2024-09); that claim is stale and these rules do not repeat it.
 */
export function udpHealthRules(request: RequestParams): PathFinding[] {
  const found: PathFinding[] = [];
  if (request.HealthCheck === 1 && !has(request, "CheckType")) found.push(finding("CheckType", "listener-udp-check-type-required", "error", "object"));
  const checkType = typeof request.CheckType === "string" ? request.CheckType : "";
  if (checkType !== "PORT") {
    for (const name of PORT_PROBE_FIELDS) {
      if (has(request, name)) found.push(finding(name, "listener-udp-probe-without-port", "warning", "key", { name, checkType: checkType || "-" }));
    }
  }
  return found;
}

/**
 * BindListenerRealServers (gaap.d.ts:900, :5326): the required fields, port and weight ranges and role values are
 * the schema's. Here: the same origin and port twice; an empty set (the call replaces the whole set, so it unbinds
 * every origin: "本接口会解绑之前绑定的源站"); roles and weights, which only mean something when the listener has
 * FailoverSwitch 1 and scheduler wrr (the listener is not in the file: the live check knows; TF: "when scheduler
 * is rr, realserver weight should be 1 or null").
 */
export function bindRules(request: RequestParams): PathFinding[] {
  const found: PathFinding[] = [];
  const set = request.RealServerBindSet;
  if (set === undefined || (Array.isArray(set) && set.length === 0)) {
    const listener: PathFinding["params"] = typeof request.ListenerId === "string" && request.ListenerId ? { listener: request.ListenerId } : {};
    found.push(finding(set === undefined ? "" : "RealServerBindSet", "bind-empty-set", "warning", set === undefined ? "object" : "value", listener));
    return found;
  }
  const seen = new Set<string>();
  let roleNoted = false;
  let weightNoted = false;
  entries(set).forEach((e, i) => {
    if (!isRecord(e)) return;
    const base = `/RealServerBindSet/${i}`;
    if (typeof e.RealServerId === "string" && typeof e.RealServerPort === "number") {
      const key = `${e.RealServerId}\u0000${e.RealServerPort}`;
      if (seen.has(key)) found.push(at(base, "bind-duplicate-origin", "error", "value", { id: e.RealServerId, port: e.RealServerPort }));
      seen.add(key);
    }
    if (!roleNoted && e.RealServerFailoverRole !== undefined) {
      roleNoted = true;
      found.push(at(`${base}/RealServerFailoverRole`, "bind-role-needs-failover", "info", "key"));
    }
    if (!weightNoted && typeof e.RealServerWeight === "number" && e.RealServerWeight !== 1) {
      weightNoted = true;
      found.push(at(`${base}/RealServerWeight`, "bind-weight-needs-wrr", "info", "value", { weight: e.RealServerWeight }));
    }
  });
  return found;
}

/** The same string twice in a list of IDs or addresses: the second is marked. */
function duplicates(request: RequestParams, name: string, code: string, severity: PathFinding["severity"]): PathFinding[] {
  const found: PathFinding[] = [];
  const seen = new Set<string>();
  entries(request[name]).forEach((v, i) => {
    if (typeof v !== "string") return;
    if (seen.has(v)) found.push(at(`/${name}/${i}`, code, severity, "value", { value: v }));
    seen.add(v);
  });
  return found;
}

export function deleteRules(request: RequestParams): PathFinding[] {
  const found = [...scopeRules(request), ...duplicates(request, "ListenerIds", "listener-duplicate-id", "warning")];
  // "已绑定源站的监听器是否允许强制删除": Force 1 deletes listeners that still have origins bound.
  if (request.Force === 1) found.push(finding("Force", "listener-force-delete", "info", "value"));
  return found;
}

/** An address twice in one AddRealServers is refused like one already registered (InvalidParameterValue.DuplicateRS) [I]. */
export const addRealServerRules = (request: RequestParams): PathFinding[] => duplicates(request, "RealServerIP", "real-server-duplicate-address", "error");

export const removeRealServerRules = (request: RequestParams): PathFinding[] => duplicates(request, "RealServerIds", "real-server-duplicate-id", "warning");

type Check = (request: RequestParams) => PathFinding[];

/** An action's rules: the checks it runs, in order. */
export const allRules =
  (...checks: readonly Check[]): Check =>
  (request) =>
    checks.flatMap((check) => check(request));

/** What both creates check; UDP adds UDP_CHECKS, and a Modify runs the ones its request can break offline. */
export const CREATE_CHECKS: readonly Check[] = [scopeRules, portRules, timingRules, schedulerRules];
export const UDP_CHECKS: readonly Check[] = [tcpOnlyRules, udpHealthRules];

const reason = (en: string, zh: string): RuleApiError => ({ code: "InvalidParameter", reason: { en, zh } });

/**
 * The listener rules the preflight panel lists, in its order: each the API refuses, with the error the sandbox
 * answers for it (ERR lists where the API has a code), and two warnings about what the send would do (probe
 * fields ignored, an empty set unbinding every origin). The panel leaves the other codes above out.
 */
const PANEL_RULES: readonly (readonly [code: string, error?: RuleApiError])[] = [
  ["listener-proxy-or-group-required", { code: "MissingParameter", name: "ProxyId" }],
  ["listener-proxy-and-group", reason("ProxyId and GroupId cannot both be set", "ProxyId 和 GroupId 不能同时设置")],
  ["listener-duplicate-port", { code: "InvalidParameterValue.DuplicatedListenerPort" }],
  ["listener-connect-timeout-not-below-delay-loop", reason("ConnectTimeout must be less than DelayLoop", "ConnectTimeout 应小于 DelayLoop")],
  ["listener-domain-scheduler", reason("DOMAIN origins do not support wrr or lrtt", "DOMAIN 类型源站不支持 wrr 和 lrtt")],
  ["listener-failover-domain", reason("DOMAIN origins do not support FailoverSwitch", "DOMAIN 类型源站不支持开启主备模式")],
  ["listener-client-ip-tcp-only", { code: "UnknownParameter" }],
  ["listener-udp-check-type-required", { code: "MissingParameter", name: "CheckType" }],
  ["listener-udp-probe-without-port"],
  ["bind-empty-set"],
  ["bind-duplicate-origin", reason("the same origin server and port are listed twice", "同一源站与端口重复出现")],
  ["real-server-duplicate-address", { code: "InvalidParameterValue.DuplicateRS" }],
];

export const LISTENER_PANEL_RULE_CODES: readonly string[] = PANEL_RULES.map(([code]) => code);

/** The API error each listener rule code stands for: every listener action's `ruleErrors` (a code its rules never report is never looked up). */
export const LISTENER_RULE_ERRORS: Readonly<Record<string, RuleApiError>> = Object.fromEntries(PANEL_RULES.flatMap(([code, error]) => (error ? [[code, error]] : [])));
