import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { systemClock, type Clock } from "./clock";
import { FaultPlan, type FaultOptions } from "./faults/faultPlan";
import { createRequestListener } from "./http/handleRequest";
import { BodyBudget, DEFAULT_BODY_LIMITS } from "./http/bodyBudget";
import { newCredentials } from "./newId";
import { RateLimiter } from "./rateLimiter";
import { RequestStats, type SandboxStats } from "./requestStats";
import { DEFAULT_RATE_LIMIT, resolveDelays, type LatencyOption, type SandboxOptions } from "./sandboxOptions";
import { seededRandom } from "./seededRandom";
import { seedState } from "./seeds/seedState";
import type { SandboxState } from "./state/sandboxState";
import { settleState } from "./state/settleState";
import { createStateSaver, loadStateFile, saveStateFile } from "./state/stateFile";

export interface Sandbox {
  /** "127.0.0.1:PORT": the SDK's httpProfile.endpoint, with protocol "http://". */
  readonly endpoint: string;
  readonly port: number;
  readonly secretId: string;
  readonly secretKey: string;
  /** The live account, settled to the sandbox's clock when read. Tests may change it directly. */
  readonly state: SandboxState;
  readonly stats: SandboxStats;
  /** Request bodies being read right now, and the bytes they hold (bounded by `limits`). */
  readonly bodies: { readonly bodiesInFlight: number; readonly bufferedBytes: number };
  readonly clock: Clock;
  /** Replaces the injected faults (undefined: none). */
  setFaults(faults: FaultOptions | undefined): void;
  /** Stops listening, drops open connections and pending replies, and saves the state file. */
  close(): Promise<void>;
}

function latencyFunction(option: LatencyOption | undefined): () => number {
  if (option === undefined) return () => 0;
  if (typeof option === "number") return () => option;
  const random = seededRandom(option.seed ?? 1);
  return () => option.min + Math.round(random() * Math.max(0, option.max - option.min));
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Starts the GAAP + EdgeOne emulator on 127.0.0.1. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const clock = options.clock ?? systemClock;
  if (Boolean(options.secretId) !== Boolean(options.secretKey)) throw new Error("startSandbox: secretId and secretKey go together");
  const credentials = options.secretId && options.secretKey ? { secretId: options.secretId, secretKey: options.secretKey } : newCredentials();
  const loaded = options.stateFile ? loadStateFile(options.stateFile) : undefined;
  const state = loaded ?? seedState(options.seed ?? "demo", clock.now(), options.hostile ?? false);
  if (options.stateFile && !loaded) saveStateFile(options.stateFile, state);
  const saver = options.stateFile ? createStateSaver(options.stateFile, () => state) : undefined;
  let faults = options.faults ? new FaultPlan(options.faults) : undefined;
  const stats = new RequestStats();
  const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const bodies = new BodyBudget({ ...DEFAULT_BODY_LIMITS, ...options.limits });

  // Pending waits (latency, slow replies) end at once on close, so close never waits for them.
  const waits = new Set<{ timer: NodeJS.Timeout; done: () => void }>();
  const sleep = (ms: number) =>
    ms <= 0
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          const wait = { timer: setTimeout(() => (waits.delete(wait), resolve()), ms), done: resolve };
          waits.add(wait);
        });

  const server = createServer(
    createRequestListener({
      clock,
      credentials,
      defaultLanguage: options.language ?? "zh-CN",
      rateLimit,
      limiter: new RateLimiter(rateLimit),
      stats,
      bodies,
      delays: resolveDelays(options.delays),
      state: () => state,
      stateChanged: () => saver?.schedule(),
      faults: () => faults,
      latency: latencyFunction(options.latency),
      sleep,
      log: options.log ?? ((line) => process.stderr.write(line + "\n")),
    }),
  );
  const port = await listen(server, options.port ?? 0);

  let closing: Promise<void> | undefined;
  return {
    endpoint: `127.0.0.1:${port}`,
    port,
    ...credentials,
    get state() {
      if (settleState(state, clock.now())) saver?.schedule();
      return state;
    },
    stats,
    bodies,
    clock,
    setFaults(next) {
      faults = next ? new FaultPlan(next) : undefined;
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const wait of waits) {
          clearTimeout(wait.timer);
          wait.done();
        }
        waits.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => saver?.flush());
      return closing;
    },
  };
}
