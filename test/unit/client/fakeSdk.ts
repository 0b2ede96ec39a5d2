import type { Service } from "../../../src/core/actions/actionDefinition";
import { createCloud, type Cloud, type CloudOptions } from "../../../src/core/client/createCloud";
import type { Transport } from "../../../src/core/client/sdkTransport";
import { VirtualClock } from "./virtualClock";

/** Errors shaped as the SDK throws them (TencentCloudSDKHttpException is duck-typed by the client). */
export function sdkApiError(code: string, requestId = `req-${code}`): Error {
  return Object.assign(new Error(`${code} happened`), { code, requestId, traceId: "trace" });
}

export function sdkNetworkError(reason = "socket hang up"): Error {
  return Object.assign(new Error(`request to http://127.0.0.1:1/ failed, reason: ${reason}`), { requestId: "", traceId: "trace" });
}

export function sdkHttpError(status: number): Error {
  return Object.assign(new Error("Bad Gateway"), { httpCode: status, requestId: "", traceId: "trace" });
}

export interface FakeCall {
  service: Service;
  action: string;
  params: Record<string, unknown>;
  at: number;
}

/**
 * Answers one action: a response (or a promise of one), or throws an SDK-shaped error. `n` counts calls of that
 * action from 1. A promise that never settles models a server that never answers: the request's signal ends it.
 */
export type FakeHandler = (params: Record<string, unknown>, n: number) => Record<string, unknown> | Promise<Record<string, unknown>>;

export interface FakeCloud {
  cloud: Cloud;
  calls: FakeCall[];
  clock: VirtualClock;
  callsOf(action: string): FakeCall[];
}

/** A cloud whose SDK is a table of handlers, on virtual time, with a seeded "random" for the backoff. */
export function fakeCloud(handlers: Record<string, FakeHandler>, options: Partial<CloudOptions> = {}): FakeCloud {
  const clock = new VirtualClock();
  const calls: FakeCall[] = [];
  const counts = new Map<string, number>();
  const transport =
    (service: Service): Transport =>
    async (action, params, signal) => {
      calls.push({ service, action, params: { ...params }, at: clock.now() });
      const n = (counts.get(action) ?? 0) + 1;
      counts.set(action, n);
      const handler = handlers[action];
      if (!handler) throw sdkApiError("InvalidAction");
      // Like node-fetch under the SDK: an abort ends the request with a network-shaped error.
      const answer = await new Promise<Record<string, unknown>>((resolve, reject) => {
        if (signal.aborted) return reject(sdkNetworkError("The user aborted a request."));
        signal.addEventListener("abort", () => reject(sdkNetworkError("The user aborted a request.")), { once: true });
        Promise.resolve()
          .then(() => handler(params as Record<string, unknown>, n))
          .then(resolve, reject);
      });
      return { RequestId: `rid-${action}-${n}`, ...answer };
    };
  let token = 0;
  const cloud = createCloud({
    credential: { secretId: "AKIDfakefakefake1234", secretKey: "fake-secret-key-value" },
    endpoint: { kind: "sandbox", host: "127.0.0.1:1" },
    clock,
    random: () => 0.5,
    transport,
    newClientToken: () => `token-${++token}`,
    ...options,
  });
  return { cloud, calls, clock, callsOf: (action) => calls.filter((c) => c.action === action) };
}
