import { clientError } from "./clientError";
import { pollUntil, type WaitContext } from "./poll";
import type { TeoRuleClient } from "./teoRuleClient";
import { TEO_TRANSITIONAL, type L4ProxyRule, type L4RuleWaitTarget } from "./teoTypes";

/**
 * A rule just created may not be listed yet, and a status just set may still read the old one: only this many
 * looks in a row like that mean it went elsewhere.
 */
const LAGGING_LOOKS = 3;

/** Until every rule in `ruleIds` is `target`; the rules as last read, in `ruleIds` order ([] for "gone"). */
export async function waitForL4ProxyRules(
  rules: TeoRuleClient,
  zoneId: string,
  proxyId: string,
  ruleIds: readonly string[],
  target: L4RuleWaitTarget,
  ctx: WaitContext,
): Promise<L4ProxyRule[]> {
  const call = ctx.signal ? { signal: ctx.signal } : {};
  const wanted = [...new Set(ruleIds)];
  const named = wanted.slice(0, 5).join(", ") + (wanted.length > 5 ? ` (+${wanted.length - 5})` : "");
  const resource = `L4 rule${wanted.length === 1 ? "" : "s"} ${named} of ${proxyId}`;
  const unexpected = (ruleId: string, status: string) =>
    clientError({ code: "ClientError.UnexpectedStatus", action: "DescribeL4ProxyRules", service: "teo", details: { resource: `L4 rule ${ruleId} of ${proxyId}`, target, status } });
  const lagging = new Map<string, number>();
  const lag = (ruleId: string, status: string): string => {
    const looks = (lagging.get(ruleId) ?? 0) + 1;
    if (looks >= LAGGING_LOOKS) throw unexpected(ruleId, status);
    lagging.set(ruleId, looks);
    return status;
  };
  return pollUntil<L4ProxyRule[]>(
    async () => {
      const byId = new Map<string, L4ProxyRule>();
      for (const r of await rules.listAll(zoneId, proxyId, call)) if (typeof r.RuleId === "string") byId.set(r.RuleId, r);
      const pending: string[] = [];
      for (const id of wanted) {
        const rule = byId.get(id);
        const status = rule ? (typeof rule.Status === "string" ? rule.Status : "unknown") : "gone";
        if (status === target || (target === "settled" && (status === "online" || status === "offline"))) {
          lagging.delete(id);
          continue;
        }
        if (status === "fail") throw unexpected(id, status);
        if (target === "gone" || target === "settled" || TEO_TRANSITIONAL.has(status)) {
          lagging.delete(id);
          pending.push(`${id} ${status}`);
        }
        else pending.push(`${id} ${lag(id, status)}`);
      }
      if (pending.length === 0) return { done: true, value: target === "gone" ? [] : wanted.map((id) => byId.get(id)!) };
      return { done: false, status: pending.slice(0, 5).join(", ") + (pending.length > 5 ? ` (+${pending.length - 5})` : "") };
    },
    { ...ctx, service: "teo", action: "DescribeL4ProxyRules", resource, target },
  );
}
