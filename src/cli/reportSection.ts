import type { Language } from "../core/messages/language";
import type { Part } from "../core/preflight/part";
import type { ZoneSnapshot } from "../core/preflight/preflightReport";
import { cliError } from "./cliErrors";

/** One section of a preflight report in a terminal: a title, whether it passes, and its lines. */
export interface ReportSection {
  title: string;
  state: "ok" | "error" | "warning" | "info";
  lines: string[];
}

export type Words = (en: string, zh: string) => string;
export const wordsFor = (lang: Language): Words => (en, zh) => (lang === "zh-cn" ? zh : en);

/** A part that failed: its error explained, as the lines of its section. */
export function failed<T>(title: string, p: Part<T>, lang: Language): ReportSection | undefined {
  if (p.ok) return undefined;
  const e = cliError(p.error, lang);
  const w = wordsFor(lang);
  return { title, state: "error", lines: [`${w("Could not be checked", "未能检查")}: ${e.code}: ${e.what}`, ...(e.todo ? [`${w("What to do", "怎么办")}: ${e.todo}`] : []), `RequestId: ${e.requestId || "—"}`] };
}

/** The zone an EdgeOne write goes to: its name and status, an error when it is paused or not in the account. */
export function zoneSection(zoneId: string, part: Part<ZoneSnapshot | undefined>, lang: Language): ReportSection {
  const w = wordsFor(lang);
  const title = w(`Zone ${zoneId}`, `站点 ${zoneId}`);
  const failure = failed(title, part, lang);
  if (failure) return failure;
  const zone = part.ok ? part.value : undefined;
  if (!zone) return { title, state: "error", lines: [w(`There is no zone ${zoneId} in this account.`, `此账号中没有站点 ${zoneId}。`)] };
  return {
    title,
    state: zone.paused ? "error" : zone.status === undefined || zone.status === "active" ? "ok" : "warning",
    lines: [
      `${zone.name}  ${[zone.status, zone.activeStatus].filter(Boolean).join(" · ")}${zone.area ? `  ${zone.area}` : ""}`,
      ...(zone.paused ? [w("The zone is paused: enable EdgeOne for it before adding L4 proxies or rules to it.", "站点已暂停：请先为其启用 EdgeOne，再在其中添加四层代理或规则。")] : []),
    ],
  };
}
