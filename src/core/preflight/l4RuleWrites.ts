import type { L4ProxyRuleChange, L4ProxyRuleCreate } from "../client/teoTypes";
import type { SendCloud, Sent } from "./sendChecked";

// The preflight panel's L4 rule writes (each action's `send.write` calls one). CreateL4ProxyRules has no
// ClientToken and is never resent after an ambiguous failure (the client looks the rules up by their ports); the
// other three are harmless to resend. After each, the panel follows the rules (`followSent`).

const signalOption = (signal?: AbortSignal) => (signal ? { signal } : {});

interface Where {
  ZoneId: string;
  ProxyId: string;
}

const sent = (req: Where, ruleIds: string[], out: { requestId: string; resolvedBy: string }, target: Sent["target"]): Sent => ({
  resource: "l4-rules",
  id: req.ProxyId,
  zoneId: req.ZoneId,
  ruleIds,
  requestId: out.requestId,
  resolvedBy: out.resolvedBy,
  target,
});

export async function sendCreateL4ProxyRules(req: Where & { L4ProxyRules: readonly L4ProxyRuleCreate[] }, cloud: SendCloud, _clientToken: string, signal?: AbortSignal): Promise<Sent> {
  const out = await cloud.teo.rules.create({ ZoneId: req.ZoneId, ProxyId: req.ProxyId, L4ProxyRules: req.L4ProxyRules }, signalOption(signal));
  return sent(req, out.ruleIds, out, "online");
}

/** A changed rule is redeployed; it settles online (or stays offline if it was: the wait takes either). */
export async function sendModifyL4ProxyRules(req: Where & { L4ProxyRules: readonly L4ProxyRuleChange[] }, cloud: SendCloud, _clientToken: string, signal?: AbortSignal): Promise<Sent> {
  const out = await cloud.teo.rules.modify({ ZoneId: req.ZoneId, ProxyId: req.ProxyId, L4ProxyRules: req.L4ProxyRules }, signalOption(signal));
  return sent(req, req.L4ProxyRules.map((r) => r.RuleId), out, "settled");
}

export async function sendModifyL4ProxyRulesStatus(req: Where & { RuleIds: readonly string[]; Status: "online" | "offline" }, cloud: SendCloud, _clientToken: string, signal?: AbortSignal): Promise<Sent> {
  const out = await cloud.teo.rules.modifyStatus({ ZoneId: req.ZoneId, ProxyId: req.ProxyId, RuleIds: req.RuleIds, Status: req.Status }, signalOption(signal));
  return sent(req, [...req.RuleIds], out, req.Status);
}

export async function sendDeleteL4ProxyRules(req: Where & { RuleIds: readonly string[] }, cloud: SendCloud, _clientToken: string, signal?: AbortSignal): Promise<Sent> {
  const out = await cloud.teo.rules.delete({ ZoneId: req.ZoneId, ProxyId: req.ProxyId, RuleIds: req.RuleIds }, signalOption(signal));
  return sent(req, [...req.RuleIds], out, "gone");
}
