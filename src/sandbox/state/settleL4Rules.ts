import { l4RuleStateOf } from "./l4RuleState";
import type { SandboxState } from "./sandboxState";

/** Applies the rule transitions due at `now` (progress → online or fail, stopping → offline); true when any was. */
export function settleL4Rules(state: SandboxState, now: number): boolean {
  let changed = false;
  for (const rules of Object.values(l4RuleStateOf(state).rulesByProxy)) {
    for (const rule of rules) {
      const pending = rule.sandbox.pending;
      if (!pending || pending.at > now || pending.to === "GONE") continue;
      rule.Status = pending.to;
      rule.sandbox.pending = null;
      changed = true;
    }
  }
  return changed;
}
