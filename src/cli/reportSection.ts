import type { Language } from "../core/messages/language";
import type { Part } from "../core/preflight/part";
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
