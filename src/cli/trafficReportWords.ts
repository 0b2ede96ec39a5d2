import { formatFinding } from "../core/messages/formatFinding";
import type { Language } from "../core/messages/language";
import type { BindChange } from "../core/preflight/bindDiff";
import { RULE_FIELDS, type RuleValues } from "../core/preflight/l4RuleDiff";
import type { L4RulesReport } from "../core/preflight/l4RuleReport";
import type { ListenerReport } from "../core/preflight/listenerReport";
import { statusWord } from "../core/model/statusWords";
import type { PathFinding } from "../core/validation/finding";
import { failed, wordsFor, zoneSection, type ReportSection, type Words } from "./reportSection";

/**
 * The preflight of the writes that make a proxy carry traffic, in words for a terminal: EdgeOne L4 forwarding rules
 * (the live rules beside the file's) and GAAP listeners and origins (the proxy, the ports, the bind's diff).
 */

const ruleText = (values: RuleValues): string =>
  RULE_FIELDS.filter((f) => values[f] !== undefined && values[f] !== "")
    .map((f) => `${f}=${values[f]}`)
    .join(" ");

function conflictSection(conflicts: readonly PathFinding[] | undefined, lang: Language, w: Words): ReportSection | undefined {
  if (!conflicts?.length) return undefined;
  const errors = conflicts.some((c) => c.severity === "error");
  return {
    title: w("Conflicts with the account", "与账号现状的冲突"),
    state: errors ? "error" : "warning",
    lines: conflicts.map((c) => `${c.path}: ${formatFinding(c, lang)}`),
  };
}

export function l4RulesSections(r: L4RulesReport, lang: Language): ReportSection[] {
  const w = wordsFor(lang);
  const out: (ReportSection | undefined)[] = [];
  out.push(zoneSection(r.zoneId, r.zone, lang));
  if (r.proxy) {
    const title = w(`L4 proxy ${r.proxyId}`, `四层代理 ${r.proxyId}`);
    const proxy = r.proxy.ok ? r.proxy.value : undefined;
    out.push(
      failed(title, r.proxy, lang) ??
        (proxy
          ? { title, state: proxy.status === "online" ? "ok" : "warning", lines: [`${proxy.name}  ${statusWord("l4Proxy", proxy.status, lang)}${proxy.ruleCount !== undefined ? `  ${w(`${proxy.ruleCount} rules`, `${proxy.ruleCount} 条规则`)}` : ""}`] }
          : { title, state: "error", lines: [w(`There is no L4 proxy ${r.proxyId} in this zone.`, `此站点中没有四层代理 ${r.proxyId}。`)] }),
    );
  }
  if (r.liveRules && !r.liveRules.ok) out.push(failed(w("Live rules", "现有规则"), r.liveRules, lang));
  const d = r.diff;
  if (d) {
    const lines = [
      ...d.added.map((a) => `+ ${ruleText(a.values)}`),
      ...d.changed.map((c) => `~ ${c.ruleId}: ${c.fields.filter((f) => f.changed).map((f) => `${f.field} ${f.current || "—"} → ${f.target || "—"}`).join(", ") || w("no change", "无变化")}`),
      ...d.switched.map((s) => `~ ${s.ruleId}: ${statusWord("l4Rule", s.from, lang)} → ${statusWord("l4Rule", s.to, lang)}`),
      ...d.removed.map((x) => `- ${x.ruleId} ${ruleText(x.values)} (${statusWord("l4Rule", x.status, lang)})`),
      ...d.missing.map((id) => `? ${id}: ${w("no such rule on the proxy", "代理上没有此规则")}`),
    ];
    const summary = w(
      `${d.added.length} added, ${d.changed.length + d.switched.length} changed, ${d.removed.length} removed, ${d.kept.length} unchanged`,
      `新增 ${d.added.length}，变更 ${d.changed.length + d.switched.length}，删除 ${d.removed.length}，不变 ${d.kept.length}`,
    );
    out.push({ title: w("Rules: the file beside the proxy's", "规则：文件与代理现有规则对比"), state: d.missing.length ? "error" : d.removed.length ? "warning" : "info", lines: [summary, ...lines] });
  }
  out.push(conflictSection(r.conflicts, lang, w));
  return out.filter((s): s is ReportSection => s !== undefined);
}

function bindLine(c: BindChange, w: Words): string {
  const sign = c.kind === "added" ? "+" : c.kind === "removed" ? "-" : c.kind === "changed" ? "~" : " ";
  const facts = (v?: { weight?: number; role?: string }) => [v?.weight !== undefined && w(`weight ${v.weight}`, `权重 ${v.weight}`), v?.role].filter(Boolean).join(" ");
  const change = c.kind === "changed" ? `  ${facts(c.current) || "—"} → ${facts(c.target) || "—"}` : `  ${facts(c.target ?? c.current)}`;
  return `${sign} ${c.realServerId} ${c.address}:${c.port}${change.trimEnd()}`;
}

export function listenerSections(r: ListenerReport, lang: Language): ReportSection[] {
  const w = wordsFor(lang);
  const out: (ReportSection | undefined)[] = [];
  const owner = r.target.proxyId ?? r.target.groupId ?? "";
  if (r.proxy) {
    const title = w(`Proxy ${owner}`, `通道 ${owner}`);
    const p = r.proxy.ok ? r.proxy.value : undefined;
    out.push(
      failed(title, r.proxy, lang) ??
        (p
          ? {
              title,
              state: p.status === "RUNNING" ? "ok" : "error",
              lines: [`${statusWord("gaapProxy", p.status, lang)} · ${w("version", "版本")} ${p.version}${p.supportProtocols.length ? ` · ${p.supportProtocols.join("/")}` : ""}${r.listenerCount !== undefined ? ` · ${w(`${r.listenerCount} of 50 listeners`, `监听器 ${r.listenerCount}/50`)}` : ""}`],
            }
          : { title, state: "error", lines: [w(`There is no proxy ${owner} in this account.`, `此账号中没有通道 ${owner}。`)] }),
    );
  }
  if (r.ports) {
    const title = w("Ports", "端口");
    out.push(
      failed(title, r.ports, lang) ??
        (r.ports.ok
          ? {
              title,
              state: r.ports.value.some((p) => p.holder) ? "error" : "ok",
              lines: r.ports.value.map((p) => (p.holder ? `${p.transport} ${p.port}: ${w(`taken by ${p.holder.listenerId} (${p.holder.protocol} ${p.holder.name})`, `已被 ${p.holder.listenerId}（${p.holder.protocol} ${p.holder.name}）占用`)}` : `${p.transport} ${p.port}: ${w("free", "空闲")}`)),
            }
          : undefined),
    );
  }
  if (r.listener) {
    const title = w(`Listener ${r.target.listenerId ?? ""}`, `监听器 ${r.target.listenerId ?? ""}`);
    const l = r.listener.ok ? r.listener.value : undefined;
    out.push(
      failed(title, r.listener, lang) ??
        (l
          ? { title, state: l.status === 0 ? "ok" : "warning", lines: [`${l.name}  ${l.protocol} ${l.port}  ${statusWord("gaapListener", String(l.status), lang)}${l.scheduler ? ` · ${l.scheduler}` : ""}`] }
          : { title, state: "error", lines: [w("There is no such listener on the proxy.", "通道上没有此监听器。")] }),
    );
  }
  if (r.bind) {
    const title = w("Origins: the live set beside the file's (a bind replaces the whole set)", "源站：现有与文件对比（绑定会替换整个源站集合）");
    const bind = r.bind.ok ? r.bind.value : undefined;
    out.push(
      failed(title, r.bind, lang) ??
        (bind
          ? {
              title,
              state: bind.diff.removed || bind.diff.empty ? "warning" : "info",
              lines: [
                w(`${bind.diff.added} added, ${bind.diff.changed} changed, ${bind.diff.removed} removed, ${bind.diff.kept} kept`, `新增 ${bind.diff.added}，变更 ${bind.diff.changed}，移除 ${bind.diff.removed}，保留 ${bind.diff.kept}`),
                ...bind.diff.changes.map((c) => bindLine(c, w)),
                ...(bind.diff.removed ? [w(`${bind.diff.removed} origin(s) will stop receiving traffic.`, `${bind.diff.removed} 个源站将不再接收流量。`)] : []),
                ...(bind.diff.empty ? [w("The listener is left without origins: it forwards nothing.", "监听器将没有源站：不会转发任何流量。")] : []),
              ],
            }
          : undefined),
    );
  }
  if (r.steps?.length) out.push({ title: w("Steps", "步骤"), state: "info", lines: r.steps.map((s, i) => `${i + 1}. ${s}`) });
  const failing = r.rules.filter((c) => c.state === "fail");
  if (failing.length) out.push({ title: w("Documented rules", "文档规则"), state: "error", lines: failing.map((c) => formatFinding({ code: c.code, params: {} }, lang)) });
  return out.filter((s): s is ReportSection => s !== undefined);
}
