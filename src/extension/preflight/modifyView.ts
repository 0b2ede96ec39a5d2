import * as vscode from "vscode";
import type { Language } from "../../core/messages/language";
import type { DiffEntry, ModifyReport, PriceQuote, ProxySnapshot } from "../../core/preflight/preflightReport";
import type { DiffRow, Item, Section } from "../../shared/preflightProtocol";
import { connections, failedSection, mbps, money, partSection } from "./viewWords";

const billing = (n: number | undefined): string =>
  n === undefined ? "—" : n === 0 ? vscode.l10n.t("by bandwidth (0)") : n === 1 ? vscode.l10n.t("by traffic (1)") : String(n);

const FORMAT: Record<DiffEntry["field"], (n: number | undefined) => string> = { Bandwidth: mbps, Concurrent: connections, BillingType: billing };

function diffRows(diff: readonly DiffEntry[]): DiffRow[] {
  return diff.map((d) => {
    const show = FORMAT[d.field];
    return { label: d.field, current: show(d.current), target: d.target === undefined ? vscode.l10n.t("(unchanged)") : show(d.target), changed: d.changed };
  });
}

function proxySection(p: ProxySnapshot, report: ModifyReport): Omit<Section, "id" | "title"> {
  const checks: Item[] = [
    p.scalarable === 1
      ? { severity: "ok", text: vscode.l10n.t("Scalarable 1: its configuration can be changed.") }
      : { severity: "error", text: vscode.l10n.t("Scalarable {0}: its configuration cannot be changed (FailedOperation.NotSupportScalar).", p.scalarable), path: "/ProxyId" },
    p.status === "RUNNING"
      ? { severity: "ok", text: vscode.l10n.t("Status RUNNING: it can take a change now.") }
      : { severity: "error", text: vscode.l10n.t("Status {0}: a change is taken only while it is RUNNING.", p.status), path: "/ProxyId" },
  ];
  return {
    status: checks.some((c) => c.severity === "error") ? "error" : "ok",
    rows: [
      { label: vscode.l10n.t("Name"), value: p.name },
      { label: "ProxyId", value: p.proxyId, mono: true },
      { label: vscode.l10n.t("Status"), value: p.status, tone: p.status === "RUNNING" ? "good" : "bad" },
      { label: vscode.l10n.t("Access region → origin region"), value: `${p.accessRegion} → ${p.realServerRegion}` },
      ...(p.groupId ? [{ label: vscode.l10n.t("Connection group"), value: p.groupId, mono: true }] : []),
      ...(p.networkType ? [{ label: vscode.l10n.t("Network type"), value: p.networkType }] : []),
    ],
    items: checks,
    ...(report.blockers.some((b) => b.code === "live-no-change") ? { summary: vscode.l10n.t("The target equals the current configuration: there is nothing to apply.") } : {}),
  };
}

function priceSection(current: PriceQuote | undefined, target: PriceQuote): Omit<Section, "id" | "title"> {
  const delta = current?.daily !== undefined && target.daily !== undefined ? target.daily - current.daily : undefined;
  return {
    status: "info",
    summary: delta === undefined ? undefined : delta === 0 ? vscode.l10n.t("The daily price stays the same.") : vscode.l10n.t("The daily price changes by {0}.", `${delta > 0 ? "+" : ""}${delta.toFixed(2)} ${target.currency}`),
    diff: [{ label: vscode.l10n.t("Daily price"), current: money(current?.daily, current?.currency ?? target.currency), target: money(target.daily, target.currency), changed: delta !== 0 }],
    rows: [{ label: "RequestId", value: target.requestId, mono: true, tone: "muted" }],
  };
}

/** ModifyProxyConfiguration: the live proxy, the change beside it, the checks, the allowed lists and the price. */
export function modifySections(report: ModifyReport, lang: Language): Section[] {
  const title = vscode.l10n.t("Live proxy {0}", report.proxyId);
  if (!report.proxy.ok) return [failedSection("proxy", title, report.proxy.error, lang)];
  const proxy = report.proxy.value;
  if (!proxy) {
    return [{ id: "proxy", title, status: "error", summary: vscode.l10n.t("There is no proxy {0} in this account.", report.proxyId), items: [{ severity: "error", text: vscode.l10n.t("In the file: {0}", "ProxyId"), path: "/ProxyId" }] }];
  }
  const sections: (Section | undefined)[] = [
    { id: "proxy", title, ...proxySection(proxy, report) },
    { id: "diff", title: vscode.l10n.t("Change"), status: report.diff.some((d) => d.changed) ? "info" : "warning", diff: diffRows(report.diff) },
    partSection("price", vscode.l10n.t("Price of the target (InquiryPriceCreateProxy)"), report.targetPrice, lang, (target) =>
      priceSection(report.currentPrice?.ok ? report.currentPrice.value : undefined, target),
    ),
    partSection("allowed", vscode.l10n.t("Allowed for {0} → {1}", proxy.accessRegion, proxy.realServerRegion), report.allowed, lang, (lists) => {
      const values = (field: "Bandwidth" | "Concurrent") => {
        const d = report.diff.find((e) => e.field === field);
        return String(d?.target ?? d?.current ?? "");
      };
      const chosen = lists.chosen;
      if (!chosen) return { status: "warning", summary: vscode.l10n.t("{0} does not list sizes for {1}.", proxy.accessRegion, proxy.realServerRegion) };
      return {
        status: chosen.bandwidths.map(String).includes(values("Bandwidth")) && chosen.concurrents.map(String).includes(values("Concurrent")) ? "ok" : "error",
        choices: [
          { label: vscode.l10n.t("Bandwidth (Mbps)"), values: chosen.bandwidths.map(String), selected: values("Bandwidth") },
          { label: vscode.l10n.t("Concurrent (× 10,000 connections)"), values: chosen.concurrents.map(String), selected: values("Concurrent") },
        ],
      };
    }),
  ];
  return sections.filter((s): s is Section => s !== undefined);
}
