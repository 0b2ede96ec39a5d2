import type { Service } from "../actions/actionDefinition";
import type { Credential } from "../credentials/credential";
import { maskSecretId } from "../credentials/maskSecretId";
import type { Explanation } from "../errors/catalogue/catalogueEntry";
import { explainApiError } from "../errors/explainError";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./backoff";
import { newClientToken } from "./clientToken";
import { systemClock, type Clock } from "./clock";
import { createAgent, serviceEndpoint, type EndpointSetting } from "./endpoint";
import { GaapClient } from "./gaapClient";
import { silentLogger, type Logger } from "../logger";
import { DEFAULT_WAIT_POLICY, type WaitPolicy } from "./poll";
import { RateLimiter } from "./rateLimiter";
import { sdkTransport, type Transport } from "./sdkTransport";
import { ServiceClient } from "./serviceClient";
import { TeoClient } from "./teoClient";
import type { WriteDone } from "./writeAction";

export interface CloudOptions {
  credential: Credential;
  endpoint: EndpointSetting;
  logger?: Logger;
  /** Requests per second per (service, action); the API allows 20. */
  rateLimitPerSecond?: number;
  /** One limiter shared by every client of an account (tree, live checks, preflight), since the API counts per account. */
  limiter?: RateLimiter;
  /** Per attempt (default 30 s). */
  timeoutMs?: number;
  /** X-TC-Language of the server's messages, and the language of `explain`. */
  language?: "en-US" | "zh-CN";
  retry?: Partial<RetryPolicy>;
  wait?: Partial<WaitPolicy>;
  clock?: Clock;
  random?: () => number;
  newClientToken?: () => string;
  /** Replaces the SDK (unit tests). */
  transport?: (service: Service) => Transport;
  /** The common Region parameter (the profile's default region): sent as X-TC-Region; GAAP and EdgeOne need none. */
  region?: string;
  /** Told after each write of any client of this cloud ends (a tree action, a panel send, a step), never for a read. */
  onWrite?: (write: WriteDone) => void;
}

export interface Cloud {
  gaap: GaapClient;
  teo: TeoClient;
  limiter: RateLimiter;
  /** What an error means and what to do, in this cloud's language. */
  explain(error: { code: string; httpStatus?: number; details?: Readonly<Record<string, string | number>> }): Explanation;
  /** Drops idle keep-alive connections (the extension calls it on sign-out and deactivation). */
  close(): void;
}

export const DEFAULT_RATE_LIMIT_PER_SECOND = 20;
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * The GAAP and EdgeOne clients of one account at one endpoint. Cheap: nothing is loaded or connected until the
 * first call, so the extension can build it during activation.
 */
export function createCloud(options: CloudOptions): Cloud {
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const logger = options.logger ?? silentLogger;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const limiter = options.limiter ?? new RateLimiter({ perSecond: options.rateLimitPerSecond ?? DEFAULT_RATE_LIMIT_PER_SECOND, clock });
  const retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const waitPolicy = { ...DEFAULT_WAIT_POLICY, ...options.wait };
  const agent = createAgent(options.endpoint);

  const service = (name: Service): ServiceClient => {
    const endpoint = serviceEndpoint(options.endpoint, name);
    logger.debug(`${name}: ${endpoint.protocol}${endpoint.host} as ${maskSecretId(options.credential.secretId)}`);
    const transport =
      options.transport?.(name) ??
      sdkTransport({
        service: name,
        credential: options.credential,
        endpoint,
        agent,
        timeoutMs,
        ...(options.language ? { language: options.language } : {}),
        ...(options.region ? { region: options.region } : {}),
      });
    return new ServiceClient({
      service: name,
      host: endpoint.host,
      transport,
      limiter,
      retry,
      timeoutMs,
      logger,
      clock,
      random,
      ...(options.region ? { region: options.region } : {}),
      ...(options.onWrite ? { onWrite: options.onWrite } : {}),
    });
  };

  return {
    gaap: new GaapClient(service("gaap"), { clock, waitPolicy, newClientToken: options.newClientToken ?? newClientToken }),
    teo: new TeoClient(service("teo"), { clock, waitPolicy }),
    limiter,
    explain: (error) => explainApiError(error, options.language ?? "en-US"),
    close: () => agent.destroy(),
  };
}
