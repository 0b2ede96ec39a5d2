import { seededRandom, type Random } from "../seededRandom";

/**
 * What can go wrong with one request:
 * - `reset-before`: the connection is reset before anything happens (safe to retry);
 * - `reset-after`: the request takes effect, then the connection is reset (the ambiguous case ClientToken exists for);
 * - `http500`…`http599`: an HTTP error status without the JSON envelope (the SDK reports httpCode, no code);
 * - `InternalError`, `RequestLimitExceeded`: the API error in the envelope, nothing done;
 * - `slow`: the request takes effect, the reply comes `slowMs` later (client timeouts, cancellation).
 */
export type FaultKind = "reset-before" | "reset-after" | `http${number}` | "InternalError" | "RequestLimitExceeded" | "slow";

/** A fault drawn with a probability on each request to `action` ("*" for every action). */
export interface ProbabilityFault {
  action: string;
  fault: FaultKind;
  probability: number;
}

/** The n-th request to `action` gets the n-th entry ("ok": no fault); after the script's end, none. */
export interface ScriptedFaults {
  action: string;
  script: (FaultKind | "ok")[];
}

export type FaultRule = ProbabilityFault | ScriptedFaults;

export interface FaultOptions {
  rules: FaultRule[];
  /** Seed of the probability draws, so that a run can be repeated exactly. Default 1. */
  seed?: number;
  /** How late a `slow` reply comes. Default 3000 ms. */
  slowMs?: number;
}

const DEFAULT_SLOW_MS = 3000;

export const isFaultKind = (v: string): v is FaultKind =>
  ["reset-before", "reset-after", "InternalError", "RequestLimitExceeded", "slow"].includes(v) || /^http5\d\d$/.test(v);

/** Decides, request by request, which fault (if any) to inject. Rules are tried in order; the first to decide wins. */
export class FaultPlan {
  private readonly random: Random;
  private readonly scriptPositions = new Map<ScriptedFaults, number>();
  readonly slowMs: number;

  constructor(private readonly options: FaultOptions) {
    for (const rule of options.rules) {
      const kinds = "script" in rule ? rule.script.filter((k) => k !== "ok") : [rule.fault];
      const bad = kinds.find((k) => !isFaultKind(k));
      if (bad !== undefined) throw new Error(`unknown fault "${bad}"`);
      if ("probability" in rule && !(rule.probability >= 0 && rule.probability <= 1)) throw new Error(`fault probability must be within 0..1: ${rule.probability}`);
    }
    this.random = seededRandom(options.seed ?? 1);
    this.slowMs = options.slowMs ?? DEFAULT_SLOW_MS;
  }

  next(action: string): FaultKind | undefined {
    for (const rule of this.options.rules) {
      if (rule.action !== "*" && rule.action !== action) continue;
      if ("script" in rule) {
        const position = this.scriptPositions.get(rule) ?? 0;
        if (position >= rule.script.length) continue;
        this.scriptPositions.set(rule, position + 1);
        const entry = rule.script[position]!;
        return entry === "ok" ? undefined : entry;
      }
      if (this.random() < rule.probability) return rule.fault;
    }
    return undefined;
  }
}
