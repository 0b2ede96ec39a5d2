// The SDK's two clients, and the entry of dist/sdk.js: the bundles that send (features.js, cli.js) require this
// file there instead of carrying the SDK themselves (esbuild.js). Deep paths only: the package root eagerly loads
// all 260 services. Each client is required on first use, so a GAAP call never evaluates the TEO client.
import type { ClientConfig } from "tencentcloud-sdk-nodejs/tencentcloud/common/interface";
import type { Service } from "../actions/actionDefinition";

export interface SdkClient {
  request(action: string, req: unknown, options: { signal?: AbortSignal }): Promise<unknown>;
}
export type SdkClientClass = new (config: ClientConfig) => SdkClient;

type GaapModule = typeof import("tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_client");
type TeoModule = typeof import("tencentcloud-sdk-nodejs/tencentcloud/services/teo/v20220901/teo_client");

export function loadClientClass(service: Service): SdkClientClass {
  switch (service) {
    case "gaap":
      return (require("tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_client") as GaapModule).Client;
    case "teo":
      return (require("tencentcloud-sdk-nodejs/tencentcloud/services/teo/v20220901/teo_client") as TeoModule).Client;
  }
}
