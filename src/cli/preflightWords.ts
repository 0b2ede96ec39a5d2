import { formatFinding } from "../core/messages/formatFinding";
import type { Language } from "../core/messages/language";
import type { Part } from "../core/preflight/part";
import type { AllowedLists, Blocker, GaapCreateReport, L4CreateReport, ModifyReport, PreflightReport, PriceQuote, ProxyQuery } from "../core/preflight/preflightReport";
import { failed, wordsFor, zoneSection, type ReportSection, type Words } from "./reportSection";
import { l4RulesSections, listenerSections } from "./trafficReportWords";

export type { ReportSection } from "./reportSection";

/**
 * The preflight report in words for a terminal, in English or Chinese: the same facts the editor's panel shows
 * (src/extension/preflight/*View.ts words them with vscode.l10n, so that wording cannot be shared here).
 */


/** Why the send is blocked, in words. */
export function blockerText(b: Blocker, lang: Language): string {
  const w = wordsFor(lang);
  switch (b.code) {
    case "file-errors":
      return w(`The request file has ${b.params.count ?? 0} error(s): fix them first.`, `请求文件有 ${b.params.count ?? 0} 个错误：请先修正。`);
    case "check-refused":
      return w(`CheckProxyCreate answered CheckFlag ${b.params.flag ?? 0}: this proxy cannot be created now.`, `CheckProxyCreate 返回 CheckFlag ${b.params.flag ?? 0}：目前无法创建此通道。`);
    case "check-failed":
      return w(`A check could not be completed (${b.params.code ?? ""}).`, `有一项检查未能完成（${b.params.code ?? ""}）。`);
    case "incomplete-request":
      return w("The request lacks the regions or sizes to check.", "请求缺少可供检查的地域或规格。");
    default:
      return formatFinding({ code: b.code, params: b.params }, lang);
  }
}

const money = (n: number | undefined, currency: string) => (n === undefined ? "—" : `${n.toFixed(2)} ${currency}`);


function priceLines(q: PriceQuote, w: Words): string[] {
  const lines = [`${w("Daily price", "每日价格")}: ${money(q.daily, q.currency)}`];
  if (q.dailyDiscounted !== undefined && q.dailyDiscounted !== q.daily) lines.push(`${w("After discount", "折后")}: ${money(q.dailyDiscounted, q.currency)}`);
  for (const g of q.bandwidthUnitPrices) lines.push(`${w("Bandwidth", "带宽")} ${g.from}–${g.to} Mbps: ${g.discounted ?? g.price} ${q.currency} ${w("per Mbps per day", "每 Mbps 每日")}`);
  if (q.flowUnitPrice !== undefined) lines.push(`${w("Traffic", "流量")}: ${q.flowUnitPriceDiscounted ?? q.flowUnitPrice} ${q.currency} ${w("per GB", "每 GB")}`);
  if (q.cn2BandwidthPrice) lines.push(`${w("Premium BGP (cn2) bandwidth", "精品 BGP（cn2）带宽")}: ${q.cn2BandwidthPriceDiscounted ?? q.cn2BandwidthPrice} ${q.currency} ${w("per Mbps per day", "每 Mbps 每日")}`);
  lines.push(`RequestId: ${q.requestId}`);
  return lines;
}

function allowedSection(title: string, lists: AllowedLists, access: string, bandwidth: number | undefined, concurrent: number | undefined, w: Words): ReportSection {
  const others = lists.accessRegions.filter((a) => a.regionId !== access).map((a) => a.regionId);
  const otherLine = others.length ? [`${w(`Other access regions for ${lists.origin}`, `${lists.origin} 的其他接入地域`)}: ${others.join(", ")}`] : [];
  const chosen = lists.chosen;
  if (!chosen) return { title, state: "error", lines: [w(`${access} does not serve the origin region ${lists.origin}.`, `${access} 不服务源站地域 ${lists.origin}。`), ...otherLine] };
  const ok = (bandwidth === undefined || chosen.bandwidths.includes(bandwidth)) && (concurrent === undefined || chosen.concurrents.includes(concurrent));
  return {
    title,
    state: ok ? "ok" : "error",
    lines: [
      ok ? w("The sizes asked for are in the lists.", "所选规格在允许列表中。") : w("A size asked for is not in the lists.", "所选规格不在允许列表中。"),
      `${w("Bandwidth (Mbps)", "带宽（Mbps）")}: ${chosen.bandwidths.join(", ")}${bandwidth === undefined ? "" : `  [${bandwidth}]`}`,
      `${w("Concurrent (× 10,000 connections)", "并发（万）")}: ${chosen.concurrents.join(", ")}${concurrent === undefined ? "" : `  [${concurrent}]`}`,
      ...otherLine,
    ],
  };
}

function gaapCreate(r: GaapCreateReport, lang: Language): ReportSection[] {
  const w = wordsFor(lang);
  const out: (ReportSection | undefined)[] = [];
  const q: ProxyQuery | undefined = r.query;
  const checkTitle = w("Creation check (CheckProxyCreate)", "创建检查（CheckProxyCreate）");
  if (r.check) {
    out.push(
      failed(checkTitle, r.check, lang) ??
        (r.check.ok
          ? {
              title: checkTitle,
              state: r.check.value.checkFlag === 1 ? "ok" : "error",
              lines: [
                r.check.value.checkFlag === 1
                  ? w("CheckFlag 1: a proxy with this configuration can be created now.", "CheckFlag 1：现在可以创建此配置的通道。")
                  : w(`CheckFlag ${r.check.value.checkFlag}: Tencent Cloud cannot create this proxy now (sold out, or over your quota).`, `CheckFlag ${r.check.value.checkFlag}：腾讯云现在无法创建此通道（已售罄或超出配额）。`),
                ...(q ? [`${q.AccessRegion} → ${q.RealServerRegion}, ${q.Bandwidth} Mbps, ${q.Concurrent} × 10,000${q.GroupId ? `, ${q.GroupId}` : ""}${q.NetworkType ? `, ${q.NetworkType}` : ""}`] : []),
                ...(r.check.value.networkTypeOmitted ? [w("CheckProxyCreate takes only normal and cn2, so this was checked without NetworkType.", "CheckProxyCreate 只接受 normal 和 cn2，因此检查时未带 NetworkType。")] : []),
                `RequestId: ${r.check.value.requestId}`,
              ],
            }
          : undefined),
    );
  }
  if (r.alternatives.length) {
    out.push({
      title: w("What to try instead", "可改用"),
      state: "info",
      lines: r.alternatives.map((a) => `${a.query.AccessRegion}${a.regionName && a.regionName !== a.query.AccessRegion ? ` (${a.regionName})` : ""} → ${a.query.RealServerRegion}: ${a.query.Bandwidth} Mbps, ${a.query.Concurrent} × 10,000; CheckFlag 1`),
    });
  }
  const priceTitle = w("Price (InquiryPriceCreateProxy)", "价格（InquiryPriceCreateProxy）");
  if (r.price) out.push(failed(priceTitle, r.price, lang) ?? (r.price.ok ? { title: priceTitle, state: "info", lines: priceLines(r.price.value, w) } : undefined));
  if (r.allowed && q) {
    const title = w(`Allowed for ${q.AccessRegion} → ${q.RealServerRegion}`, `${q.AccessRegion} → ${q.RealServerRegion} 允许的规格`);
    out.push(failed(title, r.allowed, lang) ?? (r.allowed.ok ? allowedSection(title, r.allowed.value, q.AccessRegion, q.Bandwidth, q.Concurrent, w) : undefined));
  }
  return out.filter((s): s is ReportSection => s !== undefined);
}

function modify(r: ModifyReport, lang: Language): ReportSection[] {
  const w = wordsFor(lang);
  const title = w(`Live proxy ${r.proxyId}`, `线上通道 ${r.proxyId}`);
  const bad = failed(title, r.proxy, lang);
  if (bad) return [bad];
  const p = r.proxy.ok ? r.proxy.value : undefined;
  if (!p) return [{ title, state: "error", lines: [w(`There is no proxy ${r.proxyId} in this account.`, `此账号中没有通道 ${r.proxyId}。`)] }];
  const out: (ReportSection | undefined)[] = [
    {
      title,
      state: p.scalarable === 1 && p.status === "RUNNING" ? "ok" : "error",
      lines: [
        `${p.name}  ${p.status}  ${p.accessRegion} → ${p.realServerRegion}${p.groupId ? `  ${p.groupId}` : ""}`,
        p.scalarable === 1 ? w("Scalarable 1: its configuration can be changed.", "Scalarable 1：可以调整配置。") : w(`Scalarable ${p.scalarable}: its configuration cannot be changed.`, `Scalarable ${p.scalarable}：不能调整配置。`),
        p.status === "RUNNING" ? w("Status RUNNING: it can take a change now.", "状态 RUNNING：现在可以调整。") : w(`Status ${p.status}: a change is taken only while it is RUNNING.`, `状态 ${p.status}：只有 RUNNING 时才能调整。`),
      ],
    },
    {
      title: w("Change", "变更"),
      state: r.diff.some((d) => d.changed) ? "info" : "warning",
      lines: r.diff.map((d) => `${d.field}: ${d.current ?? "—"} → ${d.target === undefined ? w("(unchanged)", "（不变）") : d.target}${d.changed ? "  *" : ""}`),
    },
  ];
  const priceTitle = w("Price of the target (InquiryPriceCreateProxy)", "目标配置的价格（InquiryPriceCreateProxy）");
  if (r.targetPrice) {
    const current = r.currentPrice?.ok ? r.currentPrice.value : undefined;
    out.push(
      failed(priceTitle, r.targetPrice, lang) ??
        (r.targetPrice.ok
          ? { title: priceTitle, state: "info", lines: [`${w("Daily price", "每日价格")}: ${money(current?.daily, r.targetPrice.value.currency)} → ${money(r.targetPrice.value.daily, r.targetPrice.value.currency)}`, `RequestId: ${r.targetPrice.value.requestId}`] }
          : undefined),
    );
  }
  if (r.allowed) {
    const target = (field: "Bandwidth" | "Concurrent") => {
      const d = r.diff.find((e) => e.field === field);
      return d?.target ?? d?.current;
    };
    const allowedTitle = w(`Allowed for ${p.accessRegion} → ${p.realServerRegion}`, `${p.accessRegion} → ${p.realServerRegion} 允许的规格`);
    out.push(failed(allowedTitle, r.allowed, lang) ?? (r.allowed.ok ? allowedSection(allowedTitle, r.allowed.value, p.accessRegion, target("Bandwidth"), target("Concurrent"), w) : undefined));
  }
  return out.filter((s): s is ReportSection => s !== undefined);
}

function l4Create(r: L4CreateReport, lang: Language): ReportSection[] {
  const w = wordsFor(lang);
  const out: (ReportSection | undefined)[] = [];
  out.push(zoneSection(r.zoneId, r.zone, lang));
  if (r.name) {
    const title = w("Name check", "名称检查");
    out.push(
      failed(title, r.name, lang) ??
        (r.name.ok
          ? r.name.value.taken
            ? { title, state: "error", lines: [w(`The zone already has an L4 proxy named "${r.proxyName}" (${r.name.value.existing?.proxyId ?? "?"}): names are unique in a zone.`, `站点中已有名为 "${r.proxyName}" 的四层代理（${r.name.value.existing?.proxyId ?? "?"}）：名称在站点内唯一。`)] }
            : { title, state: "ok", lines: [w(`No L4 proxy in the zone is named "${r.proxyName}".`, `站点中没有名为 "${r.proxyName}" 的四层代理。`)] }
          : undefined),
    );
  }
  out.push({
    title: w("Rules", "规则"),
    state: r.rules.some((x) => x.state === "fail") ? "error" : r.rules.some((x) => x.state === "note") ? "info" : "ok",
    lines: r.rules.map((x) => `${x.state === "pass" ? "✓" : x.state === "fail" ? "✗" : "i"} ${x.code}`),
  });
  return out.filter((s): s is ReportSection => s !== undefined);
}

/** The report's sections, in the panel's order. */
export function reportSections(report: PreflightReport, lang: Language): ReportSection[] {
  switch (report.kind) {
    case "gaap-create":
      return gaapCreate(report, lang);
    case "gaap-modify":
      return modify(report, lang);
    case "teo-l4-create":
      return l4Create(report, lang);
    case "teo-l4-rules":
      return l4RulesSections(report, lang);
    case "gaap-listener":
      return listenerSections(report, lang);
    default:
      return genericSections(report, lang);
  }
}

/**
 * A kind of report this module does not word yet (a preflight added since): each failed part explained, the rest
 * in `--format json`. The blockers are worded either way.
 */
function genericSections(report: { kind: string }, lang: Language): ReportSection[] {
  const w = wordsFor(lang);
  const failures = failedParts(report).map((p) => failed(report.kind, p, lang)).filter((s): s is ReportSection => s !== undefined);
  return failures.length ? failures : [{ title: report.kind, state: "info", lines: [w("Details: --format json.", "详情：--format json。")] }];
}

const isPart = (v: unknown): v is Part<unknown> => typeof v === "object" && v !== null && "ok" in v && typeof (v as { ok: unknown }).ok === "boolean";

/** Every part of the report that failed (an API or network error kept it): the report's own fields that are parts. */
export function failedParts(report: object): Part<unknown>[] {
  return Object.values(report).filter((v): v is Part<unknown> => isPart(v) && !v.ok);
}
