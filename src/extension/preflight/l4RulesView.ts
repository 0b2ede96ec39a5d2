import * as vscode from "vscode";
import { formatFinding } from "../../core/messages/formatFinding";
import type { Language } from "../../core/messages/language";
import { statusWord } from "../../core/model/statusWords";
import type { L4RuleDiff, RuleValues } from "../../core/preflight/l4RuleDiff";
import type { L4ProxySnapshot, L4RulesReport } from "../../core/preflight/l4RuleReport";
import type { ZoneSnapshot } from "../../core/preflight/preflightReport";
import type { Sent } from "../../core/preflight/sendChecked";
import type { DiffRow, Item, PreflightView, Row, Section, SectionStatus } from "../../shared/preflightProtocol";
import { partSection } from "./viewWords";

/** Sections of one kind shown in full; past it, one line says how many more there are (a call takes 200 rules). */
const MAX_SHOWN = 50;

/** One rule in a line: protocol, ports → origin, then what differs from the defaults. */
export function ruleLine(v: RuleValues): string {
  const origin = v.OriginValue === undefined ? "" : `${v.OriginType === "ORIGIN_GROUP" ? vscode.l10n.t("group {0}", v.OriginValue) : v.OriginValue}${v.OriginPortRange ? `:${v.OriginPortRange}` : ""}`;
  const parts = [`${v.Protocol ?? "?"} ${v.PortRange ?? "?"}${origin ? ` → ${origin}` : ""}`];
  if (v.ClientIPPassThroughMode && v.ClientIPPassThroughMode !== "OFF") parts.push(vscode.l10n.t("client IP {0}", v.ClientIPPassThroughMode));
  if (v.SessionPersist === "on") parts.push(vscode.l10n.t("session persistence {0} s", v.SessionPersistTime ?? "3600"));
  if (v.RuleTag) parts.push(vscode.l10n.t("tag {0}", v.RuleTag));
  return parts.join(" · ");
}

const statusTone = (status: string): Row["tone"] => (status === "online" ? "good" : status === "fail" || status === "banned" ? "bad" : status === "offline" ? "muted" : "changed");

function proxySection(proxy: L4ProxySnapshot, zone: ZoneSnapshot | undefined, report: L4RulesReport, lang: Language): Omit<Section, "id" | "title"> {
  const refusing = report.blockers.some((b) => b.code.startsWith("live-l4-proxy-") || b.code === "live-zone-paused");
  return {
    status: refusing ? "error" : "ok",
    rows: [
      { label: vscode.l10n.t("Name"), value: proxy.name },
      { label: "ProxyId", value: proxy.proxyId, mono: true },
      { label: vscode.l10n.t("Status"), value: statusWord("l4Proxy", proxy.status, lang), tone: statusTone(proxy.status) },
      ...(zone ? [{ label: vscode.l10n.t("Zone"), value: `${zone.name} (${zone.zoneId})${zone.paused ? ` · ${vscode.l10n.t("paused")}` : ""}`, tone: zone.paused ? ("bad" as const) : undefined }] : []),
      ...(proxy.area ? [{ label: vscode.l10n.t("Area"), value: proxy.area }] : []),
      ...(proxy.ruleCount !== undefined ? [{ label: vscode.l10n.t("Rules now"), value: String(proxy.ruleCount) }] : []),
    ],
  };
}

const more = (count: number): Item[] => (count > MAX_SHOWN ? [{ severity: "info", text: vscode.l10n.t("… and {0} more.", count - MAX_SHOWN) }] : []);

/** What the request does to the proxy's rules, as sections: added, changed field by field, switched, removed, kept. */
function diffSections(diff: L4RuleDiff, action: L4RulesReport["action"], lang: Language): Section[] {
  const sections: Section[] = [];
  const rule = (status: string) => statusWord("l4Rule", status, lang);
  if (action === "CreateL4ProxyRules") {
    sections.push({
      id: "added",
      title: vscode.l10n.t("Added ({0})", diff.added.length),
      status: diff.added.length ? "info" : "warning",
      summary: diff.added.length ? vscode.l10n.t("New rules on the proxy, each deployed (progress) and then online.") : vscode.l10n.t("The file has no rules to add."),
      items: [...diff.added.slice(0, MAX_SHOWN).map((a): Item => ({ severity: "info", text: `+ ${ruleLine(a.values)}`, path: `/L4ProxyRules/${a.index}` })), ...more(diff.added.length)],
    });
  }
  if (action === "ModifyL4ProxyRules") {
    for (const c of diff.changed.slice(0, MAX_SHOWN)) {
      const changed = c.fields.filter((f) => f.changed).length;
      const rows: DiffRow[] = c.fields.map((f) => ({ label: f.field, current: f.current || "—", target: f.target || "—", changed: f.changed }));
      sections.push({
        id: `changed-${c.index}`,
        title: vscode.l10n.t("Changed: {0}", c.ruleId),
        status: changed ? "info" : "warning",
        summary: changed ? vscode.l10n.t("{0} field(s) change; the rule is deployed again.", changed) : vscode.l10n.t("The file sets this rule's fields to what they are: nothing changes."),
        diff: rows,
        items: [{ severity: "info", text: vscode.l10n.t("In the file: {0}", `L4ProxyRules[${c.index}]`), path: `/L4ProxyRules/${c.index}` }],
      });
    }
    if (diff.changed.length > MAX_SHOWN) sections.push({ id: "changed-more", title: vscode.l10n.t("Changed"), status: "info", items: more(diff.changed.length) });
  }
  if (action === "ModifyL4ProxyRulesStatus") {
    sections.push({
      id: "switched",
      title: vscode.l10n.t("Status ({0})", diff.switched.length),
      status: diff.switched.some((s) => s.from !== s.to) ? "info" : "warning",
      diff: diff.switched.slice(0, MAX_SHOWN).map((s) => ({ label: s.ruleId, current: rule(s.from), target: rule(s.to), changed: s.from !== s.to })),
      items: more(diff.switched.length),
    });
  }
  if (action === "DeleteL4ProxyRules") {
    sections.push({
      id: "removed",
      title: vscode.l10n.t("Removed ({0})", diff.removed.length),
      status: diff.removed.length ? "warning" : "info",
      summary: diff.removed.length ? vscode.l10n.t("These rules stop forwarding and are gone; this cannot be undone.") : vscode.l10n.t("No rule of the proxy is removed."),
      items: [...diff.removed.slice(0, MAX_SHOWN).map((r): Item => ({ severity: "warning", text: `− ${r.ruleId}: ${ruleLine(r.values)} · ${rule(r.status)}` })), ...more(diff.removed.length)],
    });
  }
  if (diff.missing.length) {
    sections.push({
      id: "missing",
      title: vscode.l10n.t("Not on the proxy ({0})", diff.missing.length),
      status: "error",
      items: diff.missing.slice(0, MAX_SHOWN).map((id) => ({ severity: "error", text: vscode.l10n.t("The proxy has no rule {0}.", id) })),
    });
  }
  sections.push({
    id: "kept",
    title: vscode.l10n.t("Unchanged ({0})", diff.kept.length),
    status: "ok",
    summary:
      action === "ModifyL4ProxyRules"
        ? vscode.l10n.t("A Modify removes no rule: the proxy's other rules stay as they are.")
        : diff.kept.length
          ? vscode.l10n.t("The proxy's other rules stay as they are.")
          : vscode.l10n.t("The proxy has no other rules."),
    rows: diff.kept.slice(0, MAX_SHOWN).map((k) => ({ label: k.ruleId, value: `${ruleLine(k.values)} · ${rule(k.status)}`, tone: statusTone(k.status) })),
    ...(diff.kept.length > MAX_SHOWN ? { items: more(diff.kept.length) } : {}),
  });
  return sections;
}

function conflictSection(report: L4RulesReport, lang: Language): Section | undefined {
  const conflicts = report.conflicts;
  if (!conflicts) return undefined;
  const status: SectionStatus = conflicts.some((f) => f.severity === "error") ? "error" : conflicts.length ? "warning" : "ok";
  return {
    id: "conflicts",
    title: vscode.l10n.t("Conflicts with the live rules"),
    status,
    summary: conflicts.length ? vscode.l10n.t("{0} conflict(s) found against the proxy and its rules.", conflicts.length) : vscode.l10n.t("No conflict with the proxy's live rules, its zone or the origin groups."),
    items: conflicts.slice(0, MAX_SHOWN).map((f) => ({ severity: f.severity, text: formatFinding(f, lang), ...(f.path ? { path: f.path } : {}) })),
  };
}

/** An L4 rule write: the proxy, what changes in its rules (the diff), and the conflicts. */
export function l4RulesSections(report: L4RulesReport, lang: Language): Section[] {
  const zone = report.zone.ok ? report.zone.value : undefined;
  const sections: (Section | undefined)[] = [];
  if (!report.zone.ok || !zone) {
    sections.push(
      partSection("zone", vscode.l10n.t("Zone {0}", report.zoneId), report.zone, lang, () => ({
        status: "error",
        summary: vscode.l10n.t("There is no zone {0} in this account.", report.zoneId),
        items: [{ severity: "error", text: vscode.l10n.t("In the file: {0}", "ZoneId"), path: "/ZoneId" }],
      })),
    );
    return sections.filter((s): s is Section => s !== undefined);
  }
  sections.push(
    partSection("proxy", vscode.l10n.t("L4 proxy {0}", report.proxyId), report.proxy, lang, (proxy) =>
      proxy
        ? proxySection(proxy, zone, report, lang)
        : { status: "error", summary: vscode.l10n.t("Zone {0} has no L4 proxy {1}.", zone.name, report.proxyId), items: [{ severity: "error", text: vscode.l10n.t("In the file: {0}", "ProxyId"), path: "/ProxyId" }] },
    ),
  );
  if (report.liveRules && !report.liveRules.ok) sections.push(partSection("rules", vscode.l10n.t("Live rules"), report.liveRules, lang, () => ({ status: "ok" })));
  if (report.diff) sections.push(...diffSections(report.diff, report.action, lang));
  sections.push(conflictSection(report, lang));
  return sections.filter((s): s is Section => s !== undefined);
}

/** The sections to come while an L4 rule preflight runs. */
export const l4RulesLoadingTitles = (): string[] => [vscode.l10n.t("L4 proxy"), vscode.l10n.t("Rules after the change"), vscode.l10n.t("Conflicts with the live rules")];

/** The progress line while the rules are followed, by where they are headed. */
export function l4RulesProgress(sent: Sent): string {
  const ids = (sent.ruleIds ?? []).join(", ") || sent.id;
  switch (sent.target) {
    case "offline":
      return vscode.l10n.t("Waiting for the rules {0} to be offline…", ids);
    case "gone":
      return vscode.l10n.t("Waiting for the rules {0} to be deleted…", ids);
    case "settled":
      return vscode.l10n.t("Waiting for the rules {0} to be deployed…", ids);
    default:
      return vscode.l10n.t("Waiting for the rules {0} to be online…", ids);
  }
}

function doneTitle(sent: Sent): string {
  switch (sent.target) {
    case "offline":
      return vscode.l10n.t("Done: the rules on {0} are offline.", sent.id);
    case "gone":
      return vscode.l10n.t("Done: the rules are deleted from {0}.", sent.id);
    case "settled":
      return vscode.l10n.t("Done: the rules on {0} are deployed.", sent.id);
    default:
      return vscode.l10n.t("Done: the rules on {0} are online.", sent.id);
  }
}

/** After an L4 rule write: the proxy, the rules written, the identifiers to quote, and where they stand. */
export function l4RulesOutcome(sent: Sent, status: string | undefined, state: SectionStatus): NonNullable<PreflightView["outcome"]> {
  const settled = status !== undefined && state === "ok";
  const rows: Row[] = [
    { label: "ProxyId", value: sent.id, mono: true },
    ...(sent.zoneId ? [{ label: "ZoneId", value: sent.zoneId, mono: true }] : []),
    { label: "RuleIds", value: (sent.ruleIds ?? []).join(", ") || "—", mono: true },
    { label: "RequestId", value: sent.requestId || vscode.l10n.t("(none: the outcome was found by looking it up)"), mono: true },
    { label: vscode.l10n.t("Status"), value: status ?? "…", tone: settled ? "good" : undefined },
  ];
  return { title: settled ? doneTitle(sent) : vscode.l10n.t("Sent to {0}; the rules have not settled yet.", sent.id), status: state, rows };
}
