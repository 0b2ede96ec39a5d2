import type { Language } from "./errorMessages";
import type { SandboxState } from "./state/sandboxState";

/** How long each kind of transition takes, in milliseconds of the sandbox's clock. */
export interface TransitionDelays {
  /** CREATING → RUNNING */
  create: number;
  /** ADJUSTING → RUNNING */
  adjust: number;
  /** OPENING → RUNNING */
  open: number;
  /** CLOSING → CLOSED */
  close: number;
  /** DESTROYING → gone */
  destroy: number;
  /** L4 progress → online (create, modify, enable) */
  l4Deploy: number;
  /** L4 stopping → offline */
  l4Stop: number;
}

export interface ActionContext {
  state: SandboxState;
  /** The sandbox clock at the request's arrival, in milliseconds. */
  now: number;
  requestId: string;
  language: Language;
  delays: TransitionDelays;
  /** Handlers that create a resource call this, so stats can count creations per ClientToken. */
  recordCreation(): void;
}

export type ActionResult = Record<string, unknown>;

export type Product = "gaap" | "teo";

/** A request whose body passed the action's checks: its parameters, and the handler bound to them. */
export interface PreparedAction {
  params: Readonly<Record<string, unknown>>;
  handle(ctx: ActionContext): ActionResult;
}

/** One emulated API action: how its parameters are checked and what it does with them. */
export interface SandboxAction {
  name: string;
  product: Product;
  /** Changes state: persisted afterwards, and a ClientToken in its parameters makes it idempotent. */
  writes: boolean;
  /** Checks the request body (throws ApiError) and binds the handler to the checked parameters. */
  prepare(body: Record<string, unknown>): PreparedAction;
}

/** Keeps each handler typed by its own parameters while the table holds them all alike (the closure keeps P). */
export function defineAction<P extends object>(def: {
  name: string;
  product: Product;
  writes: boolean;
  validate(body: Record<string, unknown>): P;
  handle(params: P, ctx: ActionContext): ActionResult;
}): SandboxAction {
  return {
    name: def.name,
    product: def.product,
    writes: def.writes,
    prepare(body) {
      const params = def.validate(body);
      return { params: Object.fromEntries(Object.entries(params)), handle: (ctx) => def.handle(params, ctx) };
    },
  };
}
