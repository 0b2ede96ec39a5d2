import { deleteListeners as deleteListenersDefinition } from "../../core/actions/deleteListeners";
import { defineAction } from "../sandboxAction";
import { validateCoreAction } from "../validation/validateCoreAction";
import { checkBelongs, markBound, ownerId, requireListener, requireOwner } from "./listenerTargets";

/**
 * DeleteListeners acts on a batch of one proxy's (or group's) listeners: those in an operation already are listed in
 * InvalidStatusListenerSet, those with origins bound (unless Force 1) in OperationFailedListenerSet, the others pass
 * through ListenerStatus 2 (destroying) and are gone after the destroy delay.
 */
export const deleteListeners = defineAction({
  name: "DeleteListeners",
  product: "gaap",
  writes: true,
  validate: (body) => validateCoreAction(deleteListenersDefinition, body),
  handle(params, ctx) {
    const owner = requireOwner(ctx.state, params);
    const listeners = [...new Set(params.ListenerIds)].map((id) => requireListener(ctx.state.gaapListeners, id));
    for (const listener of listeners) checkBelongs(listener, owner.kind === "proxy" ? { ProxyId: ownerId(owner) } : { GroupId: ownerId(owner) });
    const succeeded: string[] = [];
    const failed: string[] = [];
    const invalid: string[] = [];
    for (const listener of listeners) {
      if (listener.ListenerStatus !== 0) invalid.push(listener.ListenerId);
      else if (params.Force === 0 && listener.bindings.length > 0) failed.push(listener.ListenerId);
      else {
        // Force unbinds at once: its origins are free and its proxy no longer counts as bound while it goes.
        listener.bindings = [];
        listener.ListenerStatus = 2;
        listener.sandbox.pending = { to: "GONE", at: ctx.now + ctx.delays.destroy };
        markBound(ctx.state, listener);
        succeeded.push(listener.ListenerId);
      }
    }
    return { OperationFailedListenerSet: failed, OperationSucceedListenerSet: succeeded, InvalidStatusListenerSet: invalid };
  },
});
