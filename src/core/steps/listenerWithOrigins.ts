import type { RequestParams } from "../actions/actionDefinition";
import type { Step } from "./stepRunner";
import { ownerOfRequest, type ListenerOwner } from "../client/listenerOwner";

/**
 * "A listener with origins": a CreateTCPListeners or CreateUDPListeners file that also has a RealServerBindSet.
 * The API has no such call, so the tool runs it as ordered steps: create the listeners (one per port, one call),
 * then for each one wait for ListenerStatus 0, bind the set, and wait again. The create is sent once: after an
 * unknown outcome a resume looks for the listeners by name and port first.
 */

export type L4Protocol = "TCP" | "UDP";

/** The writes and waits the steps use (a narrow view of the GAAP listener client; tests hand in fakes). */
export interface ListenerStepsCloud {
  createListeners(protocol: L4Protocol, request: RequestParams, signal?: AbortSignal): Promise<{ listenerIds: string[]; requestId: string }>;
  /** The listeners of that name on those ports of the owner, in the ports' order; undefined unless all are there. */
  findListeners(protocol: L4Protocol, owner: ListenerOwner, name: string, ports: readonly number[], signal?: AbortSignal): Promise<string[] | undefined>;
  waitListener(protocol: L4Protocol, listenerId: string, signal?: AbortSignal): Promise<void>;
  bind(listenerId: string, realServerBindSet: readonly unknown[], owner: ListenerOwner, signal?: AbortSignal): Promise<{ requestId: string }>;
}

export const LISTENER_WITH_ORIGINS_ACTIONS: Readonly<Record<string, L4Protocol>> = Object.assign(Object.create(null) as Record<string, L4Protocol>, {
  CreateTCPListeners: "TCP",
  CreateUDPListeners: "UDP",
});

/** A create file that names origins too: it runs as steps. */
export function isListenerWithOrigins(action: string, params: RequestParams): boolean {
  return Object.hasOwn(LISTENER_WITH_ORIGINS_ACTIONS, action) && Array.isArray(params.RealServerBindSet);
}

/** The create request as the API takes it: without the set, which the bind step sends. */
export function createPart(params: RequestParams): RequestParams {
  const { RealServerBindSet: _set, ...rest } = params;
  return rest;
}

const portsOf = (params: RequestParams): number[] => (Array.isArray(params.Ports) ? params.Ports.filter((p): p is number => typeof p === "number") : []);

/** The step IDs, for a kept state to be matched against: create, then wait/bind/wait per port. */
export function listenerStepIds(ports: number): string[] {
  const ids = ["create"];
  for (let i = 0; i < ports; i++) ids.push(`wait-created-${i}`, `bind-${i}`, `wait-bound-${i}`);
  return ids;
}

export function listenerWithOriginsSteps(action: string, params: RequestParams, cloud: ListenerStepsCloud): Step[] {
  const protocol = LISTENER_WITH_ORIGINS_ACTIONS[action];
  if (!protocol) throw new RangeError(`${action} is not a listener create`);
  const ports = portsOf(params);
  const owner = ownerOfRequest(params);
  if (!owner) throw new RangeError(`${action} names neither a ProxyId nor a GroupId (or both)`);
  const name = typeof params.ListenerName === "string" ? params.ListenerName : "";
  const set = Array.isArray(params.RealServerBindSet) ? params.RealServerBindSet : [];
  const idOf = (ctx: { outputs(id: string): Record<string, string> }, i: number): string => {
    const id = ctx.outputs("create")[`listener${i}`];
    if (!id) throw new RangeError(`no listener for port ${ports[i]}`);
    return id;
  };
  const asOutputs = (ids: readonly string[]) => Object.fromEntries(ids.map((id, i) => [`listener${i}`, id]));
  const steps: Step[] = [
    {
      id: "create",
      creates: true,
      run: async (ctx) => {
        const out = await cloud.createListeners(protocol, createPart(params), ctx.signal);
        return { ...asOutputs(out.listenerIds), requestId: out.requestId };
      },
      recover: async (ctx) => {
        const ids = await cloud.findListeners(protocol, owner, name, ports, ctx.signal);
        return ids ? asOutputs(ids) : undefined;
      },
    },
  ];
  ports.forEach((_, i) => {
    steps.push(
      { id: `wait-created-${i}`, creates: false, run: async (ctx) => (await cloud.waitListener(protocol, idOf(ctx, i), ctx.signal), {}) },
      { id: `bind-${i}`, creates: false, run: async (ctx) => ({ requestId: (await cloud.bind(idOf(ctx, i), set, owner, ctx.signal)).requestId }) },
      { id: `wait-bound-${i}`, creates: false, run: async (ctx) => (await cloud.waitListener(protocol, idOf(ctx, i), ctx.signal), {}) },
    );
  });
  return steps;
}
