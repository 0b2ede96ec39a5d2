import * as vscode from "vscode";
import type { Language } from "../../core/messages/language";
import type { AllowedLists, Alternative, CheckAnswer, GaapCreateReport, ProxyQuery } from "../../core/preflight/preflightReport";
import type { Item, Row, Section } from "../../shared/preflightProtocol";
import { connections, mbps, partSection, priceRows } from "./viewWords";

/** A change the panel can write into the request file when the user picks "Use this". */
export interface Suggestion {
  edits: { path: string; value: string | number }[];
}

export interface SectionsWithSuggestions {
  sections: Section[];
  suggestions: Map<string, Suggestion>;
}

function checkSection(answer: CheckAnswer, q: ProxyQuery): Omit<Section, "id" | "title"> {
  const rows: Row[] = [
    { label: vscode.l10n.t("Access region"), value: q.AccessRegion },
    { label: vscode.l10n.t("Origin region"), value: q.RealServerRegion },
    { label: vscode.l10n.t("Bandwidth"), value: mbps(q.Bandwidth) },
    { label: vscode.l10n.t("Concurrent"), value: connections(q.Concurrent) },
  ];
  if (q.GroupId) rows.push({ label: vscode.l10n.t("Connection group"), value: q.GroupId, mono: true });
  if (q.NetworkType) rows.push({ label: vscode.l10n.t("Network type"), value: q.NetworkType });
  rows.push({ label: "RequestId", value: answer.requestId, mono: true, tone: "muted" });
  const ok = answer.checkFlag === 1;
  const items: Item[] = answer.networkTypeOmitted
    ? [{ severity: "info", text: vscode.l10n.t("CheckProxyCreate takes only the normal and cn2 network types, so this was checked without NetworkType.") }]
    : [];
  return {
    status: ok ? "ok" : "error",
    summary: ok
      ? vscode.l10n.t("CheckFlag 1: a proxy with this configuration can be created now.")
      : vscode.l10n.t("CheckFlag {0}: Tencent Cloud cannot create this proxy now. The line may be sold out for these sizes, or the sizes may be over your quota.", answer.checkFlag),
    rows,
    items,
  };
}

function allowedSection(lists: AllowedLists, q: ProxyQuery): Omit<Section, "id" | "title"> {
  const others = lists.accessRegions.filter((a) => a.regionId !== q.AccessRegion).map((a) => a.regionId);
  const rows: Row[] = others.length ? [{ label: vscode.l10n.t("Other access regions for {0}", lists.origin), value: others.join(", ") }] : [];
  if (!lists.chosen) {
    return { status: "error", summary: vscode.l10n.t("{0} does not serve the origin region {1}.", q.AccessRegion, lists.origin), rows };
  }
  const inLists = lists.chosen.bandwidths.includes(q.Bandwidth) && lists.chosen.concurrents.includes(q.Concurrent);
  return {
    status: inLists ? "ok" : "error",
    summary: inLists ? vscode.l10n.t("The sizes asked for are in the lists.") : vscode.l10n.t("A size asked for is not in the lists."),
    choices: [
      { label: vscode.l10n.t("Bandwidth (Mbps)"), values: lists.chosen.bandwidths.map(String), selected: String(q.Bandwidth) },
      { label: vscode.l10n.t("Concurrent (× 10,000 connections)"), values: lists.chosen.concurrents.map(String), selected: String(q.Concurrent) },
    ],
    rows,
  };
}

function alternativeText(a: Alternative): string {
  const where = `${a.query.AccessRegion}${a.regionName && a.regionName !== a.query.AccessRegion ? ` (${a.regionName})` : ""} → ${a.query.RealServerRegion}`;
  return vscode.l10n.t("{0}: {1}, {2}; CheckFlag 1", where, mbps(a.query.Bandwidth), connections(a.query.Concurrent));
}

function alternativesSection(report: GaapCreateReport, suggestions: Map<string, Suggestion>): Section {
  const items: Item[] = report.alternatives.map((a, i) => {
    const id = `alt-${i}`;
    const edits: Suggestion["edits"] = [
      { path: "/Bandwidth", value: a.query.Bandwidth },
      { path: "/Concurrent", value: a.query.Concurrent },
    ];
    if (a.kind === "region") edits.unshift({ path: "/AccessRegion", value: a.query.AccessRegion });
    suggestions.set(id, { edits });
    return { severity: "ok", text: alternativeText(a), suggestionId: id };
  });
  return {
    id: "alternatives",
    title: vscode.l10n.t("What to try instead"),
    status: items.length ? "info" : "warning",
    summary: items.length
      ? vscode.l10n.t("CheckProxyCreate accepts these, from the allowed lists of this origin region:")
      : vscode.l10n.t("No nearby size and no other access region for this origin was accepted either. Try another origin region, or ask Tencent Cloud support about this line."),
    items,
  };
}

/** CreateProxy and CheckProxyCreate: the check, the price, the allowed lists and, on a no, what to try instead. */
export function gaapCreateSections(report: GaapCreateReport, lang: Language): SectionsWithSuggestions {
  const suggestions = new Map<string, Suggestion>();
  const q = report.query;
  const sections: (Section | undefined)[] = [];
  const refused = report.blockers.some((b) => b.code === "check-refused") || (report.check !== undefined && !report.check.ok && report.alternatives.length > 0);
  if (q) {
    sections.push(
      partSection("check", vscode.l10n.t("Creation check (CheckProxyCreate)"), report.check, lang, (answer) => checkSection(answer, q)),
      // What to try instead goes right under the "no", where the eye is.
      refused ? alternativesSection(report, suggestions) : undefined,
      partSection("price", vscode.l10n.t("Price (InquiryPriceCreateProxy)"), report.price, lang, (quote) => ({
        status: "info",
        summary: vscode.l10n.t("{0} per day", `${quote.daily?.toFixed(2) ?? "—"} ${quote.currency}`),
        rows: priceRows(quote),
      })),
      partSection("allowed", vscode.l10n.t("Allowed for {0} → {1}", q.AccessRegion, q.RealServerRegion), report.allowed, lang, (lists) => allowedSection(lists, q)),
    );
  } else if (report.check && !report.check.ok) {
    sections.push(partSection("check", vscode.l10n.t("Creation check (CheckProxyCreate)"), report.check, lang, () => ({ status: "ok" })));
  }
  return { sections: sections.filter((s): s is Section => s !== undefined), suggestions };
}
