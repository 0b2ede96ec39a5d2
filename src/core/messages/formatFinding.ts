import type { FindingParams, PathFinding } from "../validation/finding";
import { FINDING_MESSAGES } from "./findingMessages";

export type Language = "en" | "zh-cn";

const show = (v: FindingParams[string]): string => (Array.isArray(v) ? v.join(", ") : String(v));

/** Fills `{name}` and the conditional `{name?text}` (kept only when the param exists) from params. */
export function fillTemplate(template: string, params: FindingParams, lang: Language): string {
  const withConditionals = template.replace(/\{(\w+)\?([^{}]*(?:\{\w+\}[^{}]*)*)\}/g, (_, key: string, inner: string) =>
    params[key] === undefined ? "" : inner,
  );
  return withConditionals.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const localized = params[`${key}_${lang === "zh-cn" ? "zh" : "en"}`];
    const value = localized ?? params[key];
    return value === undefined ? whole : show(value);
  });
}

/** A finding in words, in English or Chinese. Unknown codes fall back to the code itself. */
export function formatFinding(finding: Pick<PathFinding, "code" | "params">, lang: Language = "en"): string {
  const entry = FINDING_MESSAGES[finding.code];
  if (!entry) return finding.code;
  return fillTemplate(lang === "zh-cn" ? entry.zh : entry.en, finding.params, lang).trim();
}
