import type { PathFinding } from "../validation/finding";
import { fillTemplate } from "./fillTemplate";
import { FINDING_MESSAGES } from "./findingMessages";
import type { Language } from "./language";

/** A finding in words, in English or Chinese. Unknown codes fall back to the code itself. */
export function formatFinding(finding: Pick<PathFinding, "code" | "params">, lang: Language = "en"): string {
  const entry = Object.hasOwn(FINDING_MESSAGES, finding.code) ? FINDING_MESSAGES[finding.code] : undefined;
  if (!entry) return finding.code;
  return fillTemplate(lang === "zh-cn" ? entry.zh : entry.en, finding.params, lang).trim();
}
