import type { Clock } from "./clock";
import type { Language } from "./errorMessages";
import type { FaultOptions } from "./faults/faultPlan";
import type { BodyLimits } from "./http/bodyBudget";
import type { TransitionDelays } from "./sandboxAction";
import type { SeedOption } from "./seeds/seedState";

/** A fixed latency in ms, or a uniform jitter between min and max (drawn from `seed`, default 1). */
export type LatencyOption = number | { min: number; max: number; seed?: number };

export interface SandboxOptions {
  /** 0 (the default) picks a free port. The sandbox listens on 127.0.0.1 only. */
  port?: number;
  /** The only credential pair accepted; generated (an AKID… id and a random key) when not given. */
  secretId?: string;
  secretKey?: string;
  /** Initial account, when no state file exists yet. Default "demo". */
  seed?: SeedOption;
  /** Adds records with script-like names (see hostileSeed.ts), for UI tests. */
  hostile?: boolean;
  /** Loads the state from this JSON file when it exists (the seed is then ignored) and saves every change to it. */
  stateFile?: string;
  /** Transition delays in ms: one number for all, or per kind. Default 3000 each. */
  delays?: number | Partial<TransitionDelays>;
  /** Added to every reply. Default 0. */
  latency?: LatencyOption;
  /** Injected faults per action; `Sandbox.setFaults` changes them later. */
  faults?: FaultOptions;
  /** Requests per second per action per SecretId before RequestLimitExceeded. Default 20; 0 turns the limit off. */
  rateLimit?: number;
  /** The time the sandbox lives by (transitions, signature expiry, rate limit, stats). Default: the system clock. */
  clock?: Clock;
  /** Message language when a request has no X-TC-Language. Default "zh-CN", as on the China site. */
  language?: Language;
  /** Bounds on request bodies being read: concurrent bodies, bytes they hold, time to arrive (see bodyBudget.ts). */
  limits?: Partial<BodyLimits>;
  /** Where unexpected internal errors are reported. Default: stderr. */
  log?: (line: string) => void;
}

const DEFAULT_DELAY_MS = 3000;
export const DEFAULT_RATE_LIMIT = 20;

export function resolveDelays(option: SandboxOptions["delays"]): TransitionDelays {
  const all = typeof option === "number" ? option : DEFAULT_DELAY_MS;
  const each = typeof option === "object" ? option : {};
  return {
    create: each.create ?? all,
    adjust: each.adjust ?? all,
    open: each.open ?? all,
    close: each.close ?? all,
    destroy: each.destroy ?? all,
    l4Deploy: each.l4Deploy ?? all,
    l4Stop: each.l4Stop ?? all,
  };
}
