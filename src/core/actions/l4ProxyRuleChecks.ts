import { MAX_LIST_ENTRIES_CHECKED } from "../validation/boundLists";
import type { PathFinding, Severity } from "../validation/finding";
import type { RequestParams } from "./actionDefinition";
import { classifyOrigin } from "./l4OriginAddress";

// The offline rules of the L4 forwarding-rule writes (issue 14 point 2; traffic-api.md §2). They read the request
// as it is (untyped), never throw, and stay linear: each list is read up to MAX_LIST_ENTRIES_CHECKED entries, and
// overlaps are found by sorting the port intervals once.

/** An inclusive port interval, or why the text is not one. */
type PortText = { ok: true; start: number; end: number } | { ok: false; problem: "format" | "range" | "order" };

const MAX_PORT = 65535;

/** "80" or "81-85": digits only (no sign, no spaces), each port 1–65535, a range ascending. */
export function parsePorts(text: string): PortText {
  const dash = text.indexOf("-");
  const [a, b] = dash < 0 ? [text, text] : [text.slice(0, dash), text.slice(dash + 1)];
  if (!isPortDigits(a) || !isPortDigits(b)) return { ok: false, problem: "format" };
  const start = Number(a);
  const end = Number(b);
  if (start < 1 || start > MAX_PORT || end < 1 || end > MAX_PORT) return { ok: false, problem: "range" };
  if (dash >= 0 && start >= end) return { ok: false, problem: "order" };
  return { ok: true, start, end };
}

/** 1–5 decimal digits, so a 10,000-digit "port" is refused before it is turned into a number. */
function isPortDigits(s: string): boolean {
  if (s.length < 1 || s.length > 5) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const at = (path: string, code: string, severity: Severity, params: PathFinding["params"] = {}, target: PathFinding["target"] = "value"): PathFinding => ({
  path,
  code,
  severity,
  target,
  params,
});

const recordAt = (list: unknown, i: number): Record<string, unknown> | undefined => {
  const v = (list as unknown[])[i];
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
};

const own = (o: Record<string, unknown>, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

const INNER_WORDS = {
  private: { en: "private", zh: "内网" },
  loopback: { en: "loopback", zh: "环回" },
  "link-local": { en: "link-local", zh: "链路本地" },
  unspecified: { en: "unspecified (0.0.0.0 or ::)", zh: "未指定（0.0.0.0 或 ::）" },
} as const;

const PORT_CODES = { format: "l4-port-format", range: "l4-port-out-of-range", order: "l4-port-range-order" } as const;

interface Interval {
  protocol: string;
  start: number;
  end: number;
  path: string;
  text: string;
  /** The rule's index in L4ProxyRules, and the entry's in its PortRange: the order of the document. */
  rule: number;
  entry: number;
}

/** Each rule's own checks; the forwarding intervals go to `intervals` for the overlap check. */
function checkRule(rule: Record<string, unknown>, index: number, mode: "create" | "modify", intervals: Interval[], out: PathFinding[]): void {
  const base = `/L4ProxyRules/${index}`;
  const protocol = own(rule, "Protocol");
  const proto = protocol === "TCP" || protocol === "UDP" ? protocol : undefined;

  if (mode === "create" && own(rule, "RuleId") !== undefined) out.push(at(`${base}/RuleId`, "l4-rule-id-on-create", "error", {}, "key"));
  if (own(rule, "Status") !== undefined) out.push(at(`${base}/Status`, "l4-rule-status-read-only", "error", {}, "key"));

  // Forwarding ports: each entry well formed; their total count for the origin range.
  let forwarding = 0;
  let portsReadable = false;
  const ports = own(rule, "PortRange");
  if (Array.isArray(ports)) {
    portsReadable = ports.length > 0;
    const n = Math.min(ports.length, MAX_LIST_ENTRIES_CHECKED);
    for (let j = 0; j < n; j++) {
      const text = ports[j];
      if (typeof text !== "string") {
        portsReadable = false;
        continue;
      }
      const path = `${base}/PortRange/${j}`;
      const p = parsePorts(text);
      if (!p.ok) {
        portsReadable = false;
        out.push(at(path, PORT_CODES[p.problem], "error", { value: text }));
        continue;
      }
      forwarding += p.end - p.start + 1;
      if (proto) intervals.push({ protocol: proto, start: p.start, end: p.end, path, text, rule: index, entry: j });
    }
  }

  // Origin port: one port, or a range as long as the forwarding ports.
  const originPorts = own(rule, "OriginPortRange");
  if (typeof originPorts === "string") {
    const path = `${base}/OriginPortRange`;
    const p = parsePorts(originPorts);
    if (!p.ok) out.push(at(path, p.problem === "order" ? "l4-origin-port-range-order" : "l4-origin-port-format", "error", { value: originPorts }));
    else if (p.end > p.start && portsReadable && p.end - p.start + 1 !== forwarding) {
      out.push(at(path, "l4-origin-port-range-length", "error", { value: originPorts, origin: p.end - p.start + 1, forwarding }));
    }
  }

  // Client IP pass-through against the protocol (only when both are in the request).
  const mode4 = own(rule, "ClientIPPassThroughMode");
  if (proto === "UDP" && (mode4 === "TOA" || mode4 === "PPV1")) out.push(at(`${base}/ClientIPPassThroughMode`, "l4-client-ip-tcp-only", "error", { mode: mode4, protocol: proto }));
  if (proto === "TCP" && mode4 === "SPP") out.push(at(`${base}/ClientIPPassThroughMode`, "l4-client-ip-udp-only", "error", { mode: mode4, protocol: proto }));

  // SessionPersistTime is used only with SessionPersist on (on modify, an absent SessionPersist may be on already).
  const persist = own(rule, "SessionPersist");
  if (own(rule, "SessionPersistTime") !== undefined && (persist === "off" || (mode === "create" && persist === undefined))) {
    out.push(at(`${base}/SessionPersistTime`, "l4-session-persist-time-ignored", "warning", {}, "key"));
  }

  checkOrigins(rule, base, out);

  if (mode === "modify" && Object.keys(rule).every((k) => k === "RuleId" || k === "Status")) out.push(at(base, "l4-rule-no-change", "warning", {}, "object"));
}

function checkOrigins(rule: Record<string, unknown>, base: string, out: PathFinding[]): void {
  const type = own(rule, "OriginType");
  const values = own(rule, "OriginValue");
  if (!Array.isArray(values)) return;
  const path = `${base}/OriginValue`;
  if (type === "ORIGIN_GROUP") {
    if (values.length > 1) out.push(at(path, "l4-origin-group-one", "error", { count: values.length }));
    return;
  }
  if (type === "LB") {
    out.push(at(`${base}/OriginType`, "l4-origin-lb-allowlist", "info"));
    return;
  }
  if (type !== "IP_DOMAIN") return;
  let ips = 0;
  const domains: number[] = [];
  const n = Math.min(values.length, MAX_LIST_ENTRIES_CHECKED);
  for (let j = 0; j < n; j++) {
    const v = values[j];
    if (typeof v !== "string") continue;
    const a = classifyOrigin(v);
    if (a.kind === "invalid") out.push(at(`${path}/${j}`, "l4-origin-invalid", "error", { value: v }));
    else if (a.kind === "domain") domains.push(j);
    else {
      ips++;
      if (a.inner) out.push(at(`${path}/${j}`, "l4-origin-inner-ip", "error", { value: v, kind: a.inner, kind_en: INNER_WORDS[a.inner].en, kind_zh: INNER_WORDS[a.inner].zh }));
    }
  }
  if (ips > 0 && domains.length > 0) out.push(at(path, "l4-origin-mix-ip-domain", "error", { ips, domains: domains.length }));
  else if (domains.length > 1) out.push(at(`${path}/${domains[1]!}`, "l4-origin-multi-domain", "error", { count: domains.length }));
}

const before = (x: Interval, y: Interval): boolean => x.rule < y.rule || (x.rule === y.rule && x.entry < y.entry);

/**
 * Forwarding ports shared by two entries of the same protocol: the intervals sorted once, then one sweep keeping
 * the entry that reaches furthest. n log n over every entry of every rule; an overlap is reported on the entry that
 * comes later in the file, naming the earlier one, at most once per entry.
 */
function overlaps(intervals: Interval[], out: PathFinding[]): void {
  intervals.sort((x, y) => (x.protocol < y.protocol ? -1 : x.protocol > y.protocol ? 1 : x.start - y.start || x.end - y.end));
  const reported = new Set<Interval>();
  let reach: Interval | undefined;
  for (const iv of intervals) {
    if (reach && reach.protocol === iv.protocol && iv.start <= reach.end) {
      const [first, later] = before(reach, iv) ? [reach, iv] : [iv, reach];
      if (!reported.has(later)) {
        reported.add(later);
        out.push(at(later.path, "l4-port-overlap", "error", { value: later.text, protocol: later.protocol, other: first.text, otherRule: first.rule }));
      }
      if (iv.end > reach.end) reach = iv;
    } else reach = iv;
  }
}

/** CreateL4ProxyRules / ModifyL4ProxyRules: every rule's own checks, then overlaps between them. */
export function l4RuleListChecks(request: RequestParams, mode: "create" | "modify"): PathFinding[] {
  const out: PathFinding[] = [];
  const rules = request.L4ProxyRules;
  if (!Array.isArray(rules)) return out;
  const intervals: Interval[] = [];
  const seen = new Map<string, number>();
  const n = Math.min(rules.length, MAX_LIST_ENTRIES_CHECKED);
  for (let i = 0; i < n; i++) {
    const rule = recordAt(rules, i);
    if (!rule) continue;
    checkRule(rule, i, mode, intervals, out);
    const id = own(rule, "RuleId");
    if (mode === "modify" && typeof id === "string") {
      const first = seen.get(id);
      if (first !== undefined) out.push(at(`/L4ProxyRules/${i}/RuleId`, "l4-rule-id-duplicate", "error", { id, first }));
      else seen.set(id, i);
    }
  }
  overlaps(intervals, out);
  return out;
}

/** ModifyL4ProxyRulesStatus / DeleteL4ProxyRules: a RuleId named twice. */
export function ruleIdListChecks(request: RequestParams): PathFinding[] {
  const out: PathFinding[] = [];
  const ids = request.RuleIds;
  if (!Array.isArray(ids)) return out;
  const seen = new Map<string, number>();
  const n = Math.min(ids.length, MAX_LIST_ENTRIES_CHECKED);
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    if (typeof id !== "string") continue;
    const first = seen.get(id);
    if (first !== undefined) out.push(at(`/RuleIds/${i}`, "l4-rule-id-duplicate", "warning", { id, first }));
    else seen.set(id, i);
  }
  return out;
}

/** The API's own codes for these rules (ERR lists), so the sandbox refuses as the API does. */
export const L4_RULE_ERRORS = {
  "l4-port-format": { code: "InvalidParameter.RulePortInteger" },
  "l4-port-out-of-range": { code: "InvalidParameter.RulePortInteger" },
  "l4-port-range-order": { code: "InvalidParameter.RulePortGroup" },
  "l4-origin-port-format": { code: "InvalidParameter.RuleOriginPortInteger" },
  "l4-origin-port-range-order": { code: "InvalidParameter.RuleOriginPortInteger" },
  "l4-origin-port-range-length": { code: "InvalidParameter.RulePortGroup" },
  "l4-origin-group-one": { code: "InvalidParameter.RuleOriginValueError" },
  "l4-port-overlap": { code: "InvalidParameter.RulePortDuplicating" },
  "l4-origin-invalid": { code: "InvalidParameter.RuleOriginFormatError" },
  "l4-origin-inner-ip": { code: "InvalidParameter.OriginIsInnerIp" },
  "l4-origin-mix-ip-domain": { code: "InvalidParameter.OriginL4RecordIPV4MixDomain" },
  "l4-origin-multi-domain": { code: "InvalidParameter.OriginL4RecordMultiDomain" },
  "l4-client-ip-tcp-only": { code: "InvalidParameter.InvalidRuleProto" },
  "l4-client-ip-udp-only": { code: "InvalidParameter.InvalidRuleProto" },
} as const;
