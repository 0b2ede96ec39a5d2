import { ApiError } from "../apiError";
import type { GroupRecord, ProxyRecord, SandboxState } from "../state/sandboxState";

/** ProxyIds (new name) and InstanceIds (old name) both name proxies; a request may use either or both. */
export function targetIds(params: { ProxyIds?: string[]; InstanceIds?: string[] }): string[] {
  const ids = [...new Set([...(params.ProxyIds ?? []), ...(params.InstanceIds ?? [])])];
  if (ids.length === 0) throw new ApiError("MissingParameter", { name: "ProxyIds" });
  return ids;
}

export function requireProxy(state: SandboxState, id: string): ProxyRecord {
  const proxy = Object.hasOwn(state.proxies, id) ? state.proxies[id] : undefined;
  if (!proxy) throw new ApiError("ResourceNotFound", { id });
  return proxy;
}

export const requireProxies = (state: SandboxState, ids: readonly string[]): ProxyRecord[] => ids.map((id) => requireProxy(state, id));

export function requireGroup(state: SandboxState, id: string): GroupRecord {
  const group = Object.hasOwn(state.groups, id) ? state.groups[id] : undefined;
  if (!group) throw new ApiError("ResourceNotFound", { id });
  return group;
}

/** Statuses in which an operation is already under way, so another one must wait. */
export const TRANSITIONAL = new Set(["CREATING", "DESTROYING", "OPENING", "CLOSING", "ADJUSTING", "ISOLATING", "CLONING", "RECOVERING", "MOVING"]);
