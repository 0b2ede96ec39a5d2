import type * as http from "node:http";
import type { Service } from "../actions/actionDefinition";
import type { Credential } from "../credentials/credential";
import { watchAnswer, type AnswerRefusal, type AnswerWatch } from "./answerCap";
import { clientError } from "./clientError";
import type { ServiceEndpoint } from "./endpoint";
import type { SdkClient, SdkClientClass } from "./sdkClients";

/** One request, one answer: the SDK in production, a fake in unit tests. Errors are thrown as the SDK throws them. */
export type Transport = (action: string, params: Readonly<Record<string, unknown>>, signal: AbortSignal) => Promise<Record<string, unknown>>;

export interface SdkTransportOptions {
  service: Service;
  credential: Credential;
  endpoint: ServiceEndpoint;
  agent: http.Agent;
  /** The client enforces its own timeout through the signal; the SDK's is only a backstop. */
  timeoutMs: number;
  language?: "en-US" | "zh-CN";
  /** X-TC-Region: the profile's default region, as tccli sends it. */
  region?: string;
}

type SdkClients = typeof import("./sdkClients");

/**
 * `require`d on the first request, never at import: the SDK (node-fetch, form-data, …) costs about 140 KB and 50 ms
 * to evaluate, which the extension's activation must not pay. In the bundles this require is of dist/sdk.js.
 */
const loadClientClass = (service: Service): SdkClientClass => (require("./sdkClients") as SdkClients).loadClientClass(service);

export function sdkTransport(options: SdkTransportOptions): Transport {
  let client: SdkClient | undefined;
  const get = (): SdkClient => {
    if (client) return client;
    const Client = loadClientClass(options.service);
    const { secretId, secretKey, token } = options.credential;
    client = new Client({
      credential: { secretId, secretKey, ...(token ? { token } : {}) },
      ...(options.region ? { region: options.region } : {}),
      profile: {
        httpProfile: {
          endpoint: options.endpoint.host,
          protocol: options.endpoint.protocol,
          agent: options.agent,
          reqTimeout: options.timeoutMs / 1000 + 5,
          // Uncompressed only: the agent caps the bytes it receives, and a compressed body could unpack to any size.
          headers: { "Accept-Encoding": "identity" },
        },
        ...(options.language ? { language: options.language } : {}),
      },
    });
    return client;
  };
  const host = options.endpoint.host;
  const { service } = options;
  return async (action, params, signal) => {
    const watch: AnswerWatch = {};
    let answer: unknown;
    try {
      // client.request (not the typed methods) is the SDK's only way to pass an AbortSignal.
      answer = await watchAnswer(watch, () => get().request(action, params, { signal }));
    } catch (e) {
      if (watch.refusal) throw refusedAnswer(watch.refusal, { action, service, host, cause: e });
      throw e;
    }
    // JSON.parse gives plain objects; anything else (a string, an array, the SDK's event-stream model) is no reply.
    if (typeof answer !== "object" || answer === null || Object.getPrototypeOf(answer) !== Object.prototype) {
      throw clientError({ code: "ClientError.MalformedAnswer", action, service, ambiguous: true, details: { host, action, field: "Response", value: kindOf(answer) } });
    }
    return answer as Record<string, unknown>;
  };
}

const kindOf = (v: unknown): string => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

/** Never retried: the same endpoint would send the same answer. Ambiguous: the unread answer may report a change made. */
function refusedAnswer(refusal: AnswerRefusal, ctx: { action: string; service: Service; host: string; cause: unknown }) {
  const { action, service, host, cause } = ctx;
  if (refusal.reason === "size") {
    return clientError({ code: "ClientError.AnswerTooLarge", action, service, ambiguous: true, cause, details: { host, action, limitBytes: refusal.limit } });
  }
  const field = refusal.reason === "encoding" ? "Content-Encoding" : "Content-Type";
  return clientError({ code: "ClientError.MalformedAnswer", action, service, ambiguous: true, cause, details: { host, action, field, value: refusal.value } });
}
