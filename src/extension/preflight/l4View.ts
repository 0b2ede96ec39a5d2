import * as vscode from "vscode";
import type { Language } from "../../core/messages/language";
import type { L4CreateReport, RuleCheck, ZoneSnapshot } from "../../core/preflight/preflightReport";
import type { RequestParams } from "../../core/actions/actionDefinition";
import type { Item, Section } from "../../shared/preflightProtocol";
import { partSection } from "./viewWords";

/** CreateL4Proxy's documented rules in words, and the parameter each one is about. */
function ruleItem(rule: RuleCheck): Item {
  const text: Record<string, [string, string]> = {
    "l4-name-format": [vscode.l10n.t("Name: 1–50 characters of a-z, 0-9 and -, no leading, trailing or doubled -"), "/ProxyName"],
    "ipv6-static-ip-conflict": [vscode.l10n.t("Ipv6 and StaticIp are not both on"), "/StaticIp"],
    "accelerate-mainland-ipv6-conflict": [vscode.l10n.t("AccelerateMainland and Ipv6 are not both on"), "/AccelerateMainland"],
    "accelerate-mainland-allowlist": [
      rule.state === "pass" ? vscode.l10n.t("AccelerateMainland is off, so no allow-listing is needed") : vscode.l10n.t("AccelerateMainland needs the account to be allow-listed"),
      "/AccelerateMainland",
    ],
    "exclusive-ddos-ipv6-conflict": [vscode.l10n.t("Exclusive DDoS protection is not combined with Ipv6"), "/DDosProtectionConfig"],
  };
  const [words, path] = text[rule.code] ?? [rule.code, ""];
  return { severity: rule.state === "pass" ? "ok" : rule.state === "fail" ? "error" : "info", text: words, ...(rule.state !== "pass" && path ? { path } : {}) };
}

function zoneSection(zone: ZoneSnapshot | undefined, zoneId: string): Omit<Section, "id" | "title"> {
  if (!zone) return { status: "error", summary: vscode.l10n.t("There is no zone {0} in this account.", zoneId), items: [{ severity: "error", text: vscode.l10n.t("In the file: {0}", "ZoneId"), path: "/ZoneId" }] };
  const active = !zone.paused && (zone.status === undefined || zone.status === "active");
  return {
    status: zone.paused ? "error" : active ? "ok" : "warning",
    summary: zone.paused
      ? vscode.l10n.t("The zone is paused: enable EdgeOne for it before creating L4 proxies in it.")
      : active
        ? vscode.l10n.t("The zone is active.")
        : vscode.l10n.t("The zone is {0}: it may not take new L4 proxies until it is active.", zone.status ?? ""),
    rows: [
      { label: vscode.l10n.t("Zone"), value: zone.name },
      { label: "ZoneId", value: zone.zoneId, mono: true },
      ...(zone.area ? [{ label: vscode.l10n.t("Area"), value: zone.area }] : []),
      ...(zone.type ? [{ label: vscode.l10n.t("Type"), value: zone.type }] : []),
      { label: vscode.l10n.t("Status"), value: [...new Set([zone.status, zone.activeStatus].filter(Boolean))].join(" · "), tone: active ? "good" : "bad" },
      { label: vscode.l10n.t("Paused"), value: zone.paused ? vscode.l10n.t("yes") : vscode.l10n.t("no"), tone: zone.paused ? "bad" : "good" },
    ],
  };
}

/** CreateL4Proxy: the zone and its state, the name check, and the documented rules. */
export function l4Sections(report: L4CreateReport, params: RequestParams, lang: Language): Section[] {
  const sections: (Section | undefined)[] = [
    partSection("zone", vscode.l10n.t("Zone {0}", report.zoneId), report.zone, lang, (zone) => zoneSection(zone, report.zoneId)),
    partSection("name", vscode.l10n.t("Name check"), report.name, lang, (check) =>
      check.taken
        ? {
            status: "error",
            summary: vscode.l10n.t("The zone already has an L4 proxy named \"{0}\": names are unique in a zone.", report.proxyName),
            rows: [
              { label: "ProxyId", value: check.existing?.proxyId ?? "", mono: true },
              ...(check.existing?.status ? [{ label: vscode.l10n.t("Status"), value: check.existing.status }] : []),
              ...(check.existing?.area ? [{ label: vscode.l10n.t("Area"), value: check.existing.area }] : []),
            ],
            items: [{ severity: "error", text: vscode.l10n.t("In the file: {0}", "ProxyName"), path: "/ProxyName" }],
          }
        : { status: "ok", summary: vscode.l10n.t("No L4 proxy in the zone is named \"{0}\".", report.proxyName) },
    ),
    {
      id: "rules",
      title: vscode.l10n.t("Rules"),
      status: report.rules.some((r) => r.state === "fail") ? "error" : report.rules.some((r) => r.state === "note") ? "info" : "ok",
      rows: ["Area", "Ipv6", "StaticIp", "AccelerateMainland"].map((name) => ({ label: name, value: typeof params[name] === "string" ? String(params[name]) : vscode.l10n.t("off (default)") })),
      items: report.rules.map(ruleItem),
    },
  ];
  return sections.filter((s): s is Section => s !== undefined);
}
