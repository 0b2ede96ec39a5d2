import type * as http from "node:http";
import type { Service } from "../actions/actionDefinition";
import type { Credential } from "../credentials/credential";
import type { ServiceEndpoint } from "./endpoint";

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
}

interface SdkClient {
  request(action: string, req: unknown, options: { signal?: AbortSignal }): Promise<unknown>;
}
type SdkClientClass = new (config: import("tencentcloud-sdk-nodejs/tencentcloud/common/interface").ClientConfig) => SdkClient;

type GaapModule = typeof import("tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_client");
type TeoModule = typeof import("tencentcloud-sdk-nodejs/tencentcloud/services/teo/v20220901/teo_client");

/**
 * `require`d on the first request, never at import: the SDK's deep modules (node-fetch, whatwg-url, …) cost
 * about half a megabyte and 50 ms to evaluate, which the extension's activation must not pay. Deep paths only:
 * the package root eagerly loads all 260 services.
 */
function loadClientClass(service: Service): SdkClientClass {
  switch (service) {
    case "gaap":
      return (require("tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_client") as GaapModule).Client;
    case "teo":
      return (require("tencentcloud-sdk-nodejs/tencentcloud/services/teo/v20220901/teo_client") as TeoModule).Client;
  }
}

export function sdkTransport(options: SdkTransportOptions): Transport {
  let client: SdkClient | undefined;
  const get = (): SdkClient => {
    if (client) return client;
    const Client = loadClientClass(options.service);
    const { secretId, secretKey, token } = options.credential;
    client = new Client({
      credential: { secretId, secretKey, ...(token ? { token } : {}) },
      profile: {
        httpProfile: {
          endpoint: options.endpoint.host,
          protocol: options.endpoint.protocol,
          agent: options.agent,
          reqTimeout: options.timeoutMs / 1000 + 5,
        },
        ...(options.language ? { language: options.language } : {}),
      },
    });
    return client;
  };
  // client.request (not the typed methods) is the SDK's only way to pass an AbortSignal.
  return async (action, params, signal) => (await get().request(action, params, { signal })) as Record<string, unknown>;
}
