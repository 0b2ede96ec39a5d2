import { ApiError } from "../apiError";
import { defineAction, type ActionContext } from "../sandboxAction";
import type { ProxyRecord, ProxyStatus } from "../state/sandboxState";
import { destroyProxiesParams, openCloseProxiesParams } from "../validation/gaapSchemas";
import { validateSchema } from "../validation/validateSchema";
import { requireProxies, targetIds } from "./proxyTargets";

interface BatchChange {
  /** Statuses a proxy may be in; others go to InvalidStatusInstanceSet. */
  from: readonly ProxyStatus[];
  via: ProxyStatus;
  to: ProxyStatus | "GONE";
  delay: number;
}

/**
 * Open/Close/Destroy act on a batch: proxies in the wrong status are listed in InvalidStatusInstanceSet (and left
 * alone), the others pass through a transitional status. The RequestId becomes a task that succeeds when all are done.
 */
function changeBatch(proxies: readonly ProxyRecord[], change: BatchChange, ctx: ActionContext) {
  const invalid: string[] = [];
  const changed: string[] = [];
  for (const proxy of proxies) {
    if (!change.from.includes(proxy.Status)) {
      invalid.push(proxy.ProxyId);
      continue;
    }
    proxy.Status = change.via;
    proxy.sandbox.pending = { to: change.to, at: ctx.now + change.delay };
    changed.push(proxy.ProxyId);
  }
  if (changed.length) ctx.state.tasks[ctx.requestId] = { TaskId: ctx.requestId, proxyIds: changed, target: change.to };
  return { InvalidStatusInstanceSet: invalid, OperationFailedInstanceSet: [] as string[] };
}

/** Open and Close support only current-version connections (FailedOperation.NotSupportOldVersionProxy). */
function refuseOldVersions(proxies: readonly ProxyRecord[]): void {
  const old = proxies.find((p) => p.Version === "1.0");
  if (old) throw new ApiError("FailedOperation.NotSupportOldVersionProxy", { id: old.ProxyId, version: old.Version });
}

/** OpenProxies and CloseProxies: the same batch change between RUNNING and CLOSED, in opposite directions. */
function openCloseAction(name: "OpenProxies" | "CloseProxies", change: Omit<BatchChange, "delay">, delay: (ctx: ActionContext) => number) {
  return defineAction({
    name,
    product: "gaap",
    writes: true,
    validate: (body) => validateSchema(openCloseProxiesParams, body),
    handle(params, ctx) {
      const proxies = requireProxies(ctx.state, targetIds(params));
      refuseOldVersions(proxies);
      return changeBatch(proxies, { ...change, delay: delay(ctx) }, ctx);
    },
  });
}

export const openProxies = openCloseAction("OpenProxies", { from: ["CLOSED"], via: "OPENING", to: "RUNNING" }, (ctx) => ctx.delays.open);

export const closeProxies = openCloseAction("CloseProxies", { from: ["RUNNING"], via: "CLOSING", to: "CLOSED" }, (ctx) => ctx.delays.close);

export const destroyProxies = defineAction({
  name: "DestroyProxies",
  product: "gaap",
  writes: true,
  validate: (body) => validateSchema(destroyProxiesParams, body),
  handle(params, ctx) {
    const proxies = requireProxies(ctx.state, targetIds(params));
    if (new Set(proxies.map((p) => p.GroupId)).size > 1) throw new ApiError("FailedOperation.BelongDifferentGroup");
    const bound = params.Force === 0 ? proxies.find((p) => p.sandbox.realServerBound) : undefined;
    if (bound) {
      const boundWhat = { boundWhat: "is bound to an origin server. Use Force 1 to destroy it anyway", boundWhatZh: "已绑定源站，可使用 Force 1 强制销毁" };
      throw new ApiError("FailedOperation.RealServerAlreadyBound", { id: bound.ProxyId, ...boundWhat });
    }
    return changeBatch(proxies, { from: ["RUNNING", "CLOSED", "ISOLATED"], via: "DESTROYING", to: "GONE", delay: ctx.delays.destroy }, ctx);
  },
});
