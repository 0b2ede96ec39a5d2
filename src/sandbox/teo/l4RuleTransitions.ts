import type { ActionContext } from "../sandboxAction";
import type { L4RuleRecord, L4RuleStatus } from "../state/l4RuleState";
import type { RuleConfig } from "./l4RuleChecks";

/**
 * Where a deploy of the configuration ends: `fail` when it forwards to a domain under `.invalid` (a name that never
 * resolves, RFC 6761), so the UI can meet a failed deploy on demand; `online` otherwise.
 */
export const deployOutcome = (config: RuleConfig): L4RuleStatus =>
  config.OriginType === "IP_DOMAIN" && config.OriginValue.some((v) => /\.invalid$/i.test(v)) ? "fail" : "online";

/** Deploys a rule: progress, then online (or fail) after the L4 deploy delay. */
export function startDeploy(rule: L4RuleRecord, ctx: ActionContext): void {
  rule.Status = "progress";
  rule.sandbox.pending = { to: deployOutcome(rule), at: ctx.now + ctx.delays.l4Deploy };
}

/** Stops a rule: stopping, then offline after the L4 stop delay. */
export function startStop(rule: L4RuleRecord, ctx: ActionContext): void {
  rule.Status = "stopping";
  rule.sandbox.pending = { to: "offline", at: ctx.now + ctx.delays.l4Stop };
}
