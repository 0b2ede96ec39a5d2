import { shortValue } from "../text/shortValue";
import type { L4RuleInfo } from "./cloudResources";

/** Port ranges and origins a row names before "+N": a rule may list hundreds; the tooltip has them all. */
const SHOWN_PORTS = 4;
const SHOWN_ORIGINS = 2;

function some(values: unknown, shown: number): string {
  const list = Array.isArray(values) ? values.filter((v): v is string => typeof v === "string") : [];
  if (list.length === 0) return "?";
  const head = list.slice(0, shown).join(",");
  return shortValue(list.length > shown ? `${head} +${list.length - shown}` : head);
}

/**
 * A rule in one line, as a row shows it: "TCP 80,81-85 → 1.2.3.4:8080". Every part is the API's own text, shortened
 * (a hostile answer cannot make a row long); the VS Code layer adds the client-IP mode and the status in words.
 */
export function l4RuleLine(rule: L4RuleInfo): string {
  const protocol = typeof rule.Protocol === "string" && rule.Protocol ? shortValue(rule.Protocol) : "?";
  const originPort = typeof rule.OriginPortRange === "string" && rule.OriginPortRange ? `:${shortValue(rule.OriginPortRange)}` : "";
  return `${protocol} ${some(rule.PortRange, SHOWN_PORTS)} → ${some(rule.OriginValue, SHOWN_ORIGINS)}${originPort}`;
}
