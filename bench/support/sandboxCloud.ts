import { createCloud, type Cloud } from "../../src/core/client";
import { startSandboxProcess, type SandboxProcess } from "./sandboxProcess";

/** A fresh client of the benchmark's sandbox: its own limiter at `perSecond` per action, its own sockets. */
export function sandboxCloud(sandbox: SandboxProcess, perSecond: number): Cloud {
  return createCloud({
    credential: { secretId: sandbox.secretId, secretKey: sandbox.secretKey },
    endpoint: { kind: "sandbox", host: sandbox.endpoint },
    rateLimitPerSecond: perSecond,
  });
}

/** A pause between runs, so that no run inherits a full rate-limit window from the one before. */
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A scale account of `proxies` GAAP proxies (no L4 proxies) in a sandbox process of its own. Nothing changes state
 * during the runs (transitions take an hour), so every run lists the same account.
 */
export function scaleSandbox(proxies: number, latencyMs: number, perSecond: number): Promise<SandboxProcess> {
  return startSandboxProcess({ seed: { scale: { proxies, zones: 1, l4PerZone: 0 } }, latency: latencyMs, rateLimit: perSecond, delays: 3_600_000 });
}
