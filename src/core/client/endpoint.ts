import * as http from "node:http";
import * as https from "node:https";
import type { Service } from "../actions/actionDefinition";
import { capAnswers } from "./answerCap";

/** Where requests go: the China or international site, or a local sandbox. */
export type EndpointSetting = { kind: "cloud"; site: "china" | "intl" } | { kind: "sandbox"; host: string };

export interface ServiceEndpoint {
  /** As the SDK wants it: a host with an optional port, no scheme. */
  host: string;
  protocol: "https://" | "http://";
}

const SANDBOX_HOST = /^(127\.0\.0\.1|localhost|\[::1\]):\d{1,5}$/;

export function serviceEndpoint(setting: EndpointSetting, service: Service): ServiceEndpoint {
  if (setting.kind === "sandbox") {
    // Only loopback: the sandbox speaks plain HTTP and the keys it receives are real signatures.
    if (!SANDBOX_HOST.test(setting.host)) throw new RangeError(`sandbox host must be a loopback host:port, got "${setting.host}"`);
    return { host: setting.host, protocol: "http://" };
  }
  return { host: setting.site === "intl" ? `${service}.intl.tencentcloudapi.com` : `${service}.tencentcloudapi.com`, protocol: "https://" };
}

/**
 * Always an explicit agent: without one the SDK wraps every request in an HttpsProxyAgent whenever `http_proxy`
 * is set, loopback included (it has no NO_PROXY handling). Keep-alive saves a TLS handshake per page of a listing.
 * The agent also caps every answer's size (`answerCap.ts`).
 */
export function createAgent(setting: EndpointSetting): http.Agent {
  // No socket cap: the rate limiter already bounds what is in flight, and a cap would queue requests inside the
  // agent where their timeout runs without them having been sent.
  const options: http.AgentOptions = { keepAlive: true };
  return capAnswers(setting.kind === "sandbox" ? new http.Agent(options) : new https.Agent(options));
}
