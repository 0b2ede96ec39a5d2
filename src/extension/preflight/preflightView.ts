import * as vscode from "vscode";
import type { RequestParams } from "../../core/actions/actionDefinition";
import { getAction } from "../../core/actions/registry";
import { L4_RULE_ACTIONS } from "../../core/live/l4RuleValueOptions";
import type { Language } from "../../core/messages/language";
import type { PreflightReport } from "../../core/preflight/preflightReport";
import type { Sent } from "../../core/preflight/sendChecked";
import type { Finding } from "../../core/validation/finding";
import type { ErrorView, Phase, PreflightView, Row, Section, SectionStatus } from "../../shared/preflightProtocol";
import { gaapCreateSections, type Suggestion } from "./gaapCreateView";
import { l4RulesLoadingTitles, l4RulesOutcome, l4RulesSections } from "./l4RulesView";
import { l4Sections } from "./l4View";
import { modifySections } from "./modifyView";
import { blockerText, diagnosticsSection } from "./viewWords";

/** The sections a report shows, worded, with the suggestions the user can write into the file. */
export function reportSections(report: PreflightReport, params: RequestParams, lang: Language): { sections: Section[]; suggestions: Map<string, Suggestion> } {
  switch (report.kind) {
    case "gaap-create":
      return gaapCreateSections(report, lang);
    case "gaap-modify":
      return { sections: modifySections(report, lang), suggestions: new Map() };
    case "teo-l4-create":
      return { sections: l4Sections(report, params, lang), suggestions: new Map() };
    case "teo-l4-rules":
      return { sections: l4RulesSections(report, lang), suggestions: new Map() };
  }
}

/** What is shown while the checks run: the sections to come, each loading. */
export function loadingSections(action: string): Section[] {
  const titles: Record<string, string[]> = {
    CreateProxy: [vscode.l10n.t("Creation check (CheckProxyCreate)"), vscode.l10n.t("Price (InquiryPriceCreateProxy)"), vscode.l10n.t("Allowed values")],
    CheckProxyCreate: [vscode.l10n.t("Creation check (CheckProxyCreate)"), vscode.l10n.t("Price (InquiryPriceCreateProxy)"), vscode.l10n.t("Allowed values")],
    ModifyProxyConfiguration: [vscode.l10n.t("Live proxy"), vscode.l10n.t("Change"), vscode.l10n.t("Price of the target (InquiryPriceCreateProxy)")],
    CreateL4Proxy: [vscode.l10n.t("Zone"), vscode.l10n.t("Name check"), vscode.l10n.t("Rules")],
  };
  return (titles[action] ?? (L4_RULE_ACTIONS.has(action) ? l4RulesLoadingTitles() : [])).map((title, i) => ({ id: `loading-${i}`, title, status: "loading" as const }));
}

export interface ViewInput {
  revision: number;
  action: string;
  params: RequestParams;
  fileName: string;
  phase: Phase;
  /** Absent: the action is not sent from the panel. */
  sendKind?: "create" | "apply";
  sections: Section[];
  findings: readonly Finding[];
  blockers: readonly string[];
  progress?: string;
  notice?: string;
  outcome?: PreflightView["outcome"];
  error?: ErrorView;
  lang: Language;
}

const nameOf = (params: RequestParams): string => {
  const name = params.ProxyName ?? params.ProxyId ?? params.InstanceId;
  return typeof name === "string" ? name : "";
};

/** Everything the webview renders, from the controller's state. */
export function preflightView(input: ViewInput): PreflightView {
  const name = nameOf(input.params);
  return {
    revision: input.revision,
    action: input.action,
    title: name ? `${input.action} · ${name}` : input.action,
    subtitle: input.fileName,
    phase: input.phase,
    ...(input.sendKind ? { send: { kind: input.sendKind, enabled: input.phase === "ready" && input.blockers.length === 0, blockers: [...input.blockers] } } : {}),
    ...(input.progress ? { progress: input.progress } : {}),
    ...(input.notice ? { notice: input.notice } : {}),
    sections: [...input.sections, diagnosticsSection(input.findings, input.lang)],
    ...(input.outcome ? { outcome: input.outcome } : {}),
    ...(input.error ? { error: input.error } : {}),
  };
}

export const blockerTexts = (report: PreflightReport, lang: Language): string[] => report.blockers.map((b) => blockerText(b, lang));

/** The result of a send: the new (or changed) resource, the identifiers to quote, and where it stands. */
export function outcomeView(action: string, sent: Sent, status: string | undefined, state: SectionStatus): NonNullable<PreflightView["outcome"]> {
  if (sent.resource === "l4-rules") return l4RulesOutcome(sent, status, state);
  const route = getAction(action)?.send;
  const created = route?.kind !== "preflight" || route.write?.kind !== "apply";
  const settled = status === sent.target;
  const title = settled
    ? created
      ? vscode.l10n.t("Created: {0} is {1}.", sent.id, status)
      : vscode.l10n.t("Applied: {0} is {1} again.", sent.id, status)
    : created
      ? vscode.l10n.t("Created {0}; it is not {1} yet.", sent.id, sent.target)
      : vscode.l10n.t("Change accepted for {0}; it is not {1} yet.", sent.id, sent.target);
  const rows: Row[] = [
    { label: created ? vscode.l10n.t("New ID") : "ProxyId", value: sent.id, mono: true },
    ...(sent.zoneId ? [{ label: "ZoneId", value: sent.zoneId, mono: true }] : []),
    { label: "RequestId", value: sent.requestId || vscode.l10n.t("(none: the outcome was found by looking it up)"), mono: true },
    ...(sent.clientToken ? [{ label: "ClientToken", value: sent.clientToken, mono: true }] : []),
    { label: vscode.l10n.t("Status"), value: status ?? "…", tone: settled ? ("good" as const) : undefined },
  ];
  return { title, status: state, rows };
}
