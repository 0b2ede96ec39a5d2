import { isoTime } from "./isoTime";
import { settleL4Rules } from "./settleL4Rules";
import { settleListeners } from "./listenerState";
import type { SandboxState } from "./sandboxState";

/**
 * Applies every transition that is due at `now`. Time is evaluated lazily, on each request, rather than with timers:
 * a manual clock then drives transitions exactly, and a state file loaded later catches up by itself.
 * Returns whether anything changed (so the caller knows to persist).
 */
export function settleState(state: SandboxState, now: number): boolean {
  let changed = false;
  for (const [id, proxy] of Object.entries(state.proxies)) {
    const pending = proxy.sandbox.pending;
    if (!pending || pending.at > now) continue;
    changed = true;
    if (pending.to === "GONE") delete state.proxies[id];
    else {
      proxy.Status = pending.to;
      proxy.sandbox.pending = null;
    }
  }
  for (const [id, l4] of Object.entries(state.l4Proxies)) {
    const pending = l4.sandbox.pending;
    if (!pending || pending.at > now) continue;
    changed = true;
    if (pending.to === "GONE") delete state.l4Proxies[id];
    else {
      l4.Status = pending.to;
      l4.UpdateTime = isoTime(pending.at);
      l4.sandbox.pending = null;
    }
  }
  if (settleL4Rules(state, now)) changed = true;
  if (settleListeners(state.gaapListeners, now, (id) => Object.hasOwn(state.proxies, id))) changed = true;
  return changed;
}
