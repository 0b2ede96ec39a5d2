import * as assert from "node:assert/strict";
import * as http from "node:http";
import type { ClientConfig } from "tencentcloud-sdk-nodejs/tencentcloud/common/interface";
import Sign from "tencentcloud-sdk-nodejs/tencentcloud/common/sign";
import TencentCloudSDKHttpException from "tencentcloud-sdk-nodejs/tencentcloud/common/exception/tencent_cloud_sdk_exception";
import { Client as GaapClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_client";
import { Client as TeoClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/teo/v20220901/teo_client";
import { startSandbox, type Sandbox, type SandboxOptions } from "../../../src/sandbox/index";

export interface ClientOverrides {
  secretId?: string;
  secretKey?: string;
  language?: "zh-CN" | "en-US";
  reqMethod?: "POST" | "GET";
  /** Seconds, as the SDK takes it. */
  reqTimeout?: number;
}

/** The SDK pointed at the sandbox exactly as the extension does it: plain http, an explicit agent (no env proxy). */
export function sdkConfig(sandbox: Sandbox, overrides: ClientOverrides = {}): ClientConfig {
  return {
    credential: { secretId: overrides.secretId ?? sandbox.secretId, secretKey: overrides.secretKey ?? sandbox.secretKey },
    profile: {
      httpProfile: {
        endpoint: sandbox.endpoint,
        protocol: "http://",
        agent: new http.Agent(),
        ...(overrides.reqMethod ? { reqMethod: overrides.reqMethod } : {}),
        ...(overrides.reqTimeout ? { reqTimeout: overrides.reqTimeout } : {}),
      },
      ...(overrides.language ? { language: overrides.language } : {}),
    },
  };
}

export const gaapClient = (sandbox: Sandbox, overrides?: ClientOverrides) => new GaapClient(sdkConfig(sandbox, overrides));
export const teoClient = (sandbox: Sandbox, overrides?: ClientOverrides) => new TeoClient(sdkConfig(sandbox, overrides));

export interface Harness {
  sandbox: Sandbox;
  gaap: GaapClient;
  teo: TeoClient;
}

/** Runs `body` against a fresh sandbox (zero delays and no rate limit unless told otherwise) and always closes it. */
export async function withSandbox(options: SandboxOptions, body: (h: Harness) => Promise<void>): Promise<void> {
  const sandbox = await startSandbox({ delays: 0, rateLimit: 0, log: () => undefined, ...options });
  try {
    await body({ sandbox, gaap: gaapClient(sandbox, { language: "en-US" }), teo: teoClient(sandbox, { language: "en-US" }) });
  } finally {
    await sandbox.close();
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Awaits a call that must fail with an API error of `code` (carrying a RequestId) and returns the error. */
export async function expectApiError(call: Promise<unknown>, code: string): Promise<TencentCloudSDKHttpException> {
  const error = await call.then(
    (value) => assert.fail(`expected ${code}, got success: ${JSON.stringify(value).slice(0, 300)}`),
    (e: unknown) => e,
  );
  assert.ok(error instanceof TencentCloudSDKHttpException, `expected the SDK's exception, got ${String(error)}`);
  assert.equal(error.code, code, `expected ${code}, got ${error.code}: ${error.message}`);
  assert.match(error.requestId, UUID);
  return error;
}

/** Awaits a call that must fail below the API (network, HTTP status): the SDK's exception without a code. */
export async function expectTransportError(call: Promise<unknown>): Promise<TencentCloudSDKHttpException> {
  const error = await call.then(
    (value) => assert.fail(`expected a transport error, got success: ${JSON.stringify(value).slice(0, 300)}`),
    (e: unknown) => e,
  );
  assert.ok(error instanceof TencentCloudSDKHttpException, `expected the SDK's exception, got ${String(error)}`);
  assert.equal(error.code, undefined);
  return error;
}

export const assertRequestId = (id: unknown) => assert.match(String(id), UUID);

/** Names of demo records, looked up once the demo seed gave them their IDs. */
export function proxyNamed(sandbox: Sandbox, name: string) {
  const proxy = Object.values(sandbox.state.proxies).find((p) => p.ProxyName === name);
  assert.ok(proxy, `no proxy named ${name}`);
  return proxy;
}

export function zoneNamed(sandbox: Sandbox, name: string) {
  const zone = Object.values(sandbox.state.zones).find((z) => z.ZoneName === name);
  assert.ok(zone, `no zone named ${name}`);
  return zone;
}

export function l4Named(sandbox: Sandbox, name: string) {
  const l4 = Object.values(sandbox.state.l4Proxies).find((p) => p.ProxyName === name);
  assert.ok(l4, `no L4 proxy named ${name}`);
  return l4;
}

export function groupNamed(sandbox: Sandbox, name: string) {
  const group = Object.values(sandbox.state.groups).find((g) => g.GroupName === name);
  assert.ok(group, `no group named ${name}`);
  return group;
}

export interface RawRequest {
  method?: string;
  action?: string;
  version?: string;
  body?: string;
  /** Extra headers, or overrides of the signed ones. */
  headers?: Record<string, string>;
  /** Sign with the SDK's own signer (default true). */
  sign?: boolean;
  /** Sign these bytes instead of the body sent (a tampered request). */
  signedBody?: string;
}

export interface RawReply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json(): { Response: Record<string, unknown> & { Error?: { Code: string; Message: string }; RequestId: string } };
}

/** A request built by hand (signed by the SDK's Sign.sign3, unless told not to) for what the typed clients never send. */
export async function rawRequest(sandbox: Sandbox, request: RawRequest = {}): Promise<RawReply> {
  const method = request.method ?? "POST";
  const body = request.body ?? "{}";
  const url = `http://${sandbox.endpoint}/`;
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    Host: sandbox.endpoint,
    "X-TC-Action": request.action ?? "DescribeProxies",
    "X-TC-Version": request.version ?? "2018-05-29",
    "X-TC-Timestamp": String(Math.floor(Date.now() / 1000)),
  };
  if (request.sign !== false) {
    headers.Authorization = Sign.sign3({
      method,
      url,
      payload: Buffer.from(request.signedBody ?? body),
      timestamp: Number(headers["X-TC-Timestamp"]),
      service: "127",
      secretId: sandbox.secretId,
      secretKey: sandbox.secretKey,
      multipart: false,
      boundary: "",
      headers,
    });
  }
  Object.assign(headers, request.headers);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent: new http.Agent() }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
      });
    });
    req.on("error", reject);
    req.end(method === "GET" ? undefined : body);
  });
}
