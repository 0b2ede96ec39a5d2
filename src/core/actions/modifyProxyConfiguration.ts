import type { PathFinding } from "../validation/finding";
import * as z from "../zod";
import { modifyPreflight } from "../preflight/modifyPreflight";
import { sendModifyProxyConfiguration } from "../preflight/proxyWrites";
import { defineAction, type RequestParams } from "./actionDefinition";
import { deprecated, str } from "./param";
import { finding, has } from "./ruleHelpers";
import * as p from "./sharedParams";

const proxyIdDoc = {
  en: "ID of the connection to change (link-…). Only connections with Scalarable 1 can be changed.",
  zh: "要变更的通道 ID（link-…）。仅 Scalarable 为 1 的通道支持变更。",
};

const params = z.strictObject({
  InstanceId: deprecated(str({ en: "Connection ID (old name of ProxyId).", zh: "通道实例 ID（ProxyId 的旧名称）。" }), {
    en: "Old parameter: use ProxyId.",
    zh: "旧参数，请改用 ProxyId。",
    replacement: "ProxyId",
  }).optional(),
  Bandwidth: p
    .bandwidth("Target bandwidth. Unit: Mbps. Bandwidth or Concurrent must be set.", "目标带宽，单位：Mbps。Bandwidth 与 Concurrent 至少填一个。")
    .optional(),
  Concurrent: p
    .concurrent(
      "Target concurrence. Unit: 10,000 connections. Bandwidth or Concurrent must be set.",
      "目标并发量，单位：万。Bandwidth 与 Concurrent 至少填一个。",
    )
    .optional(),
  ClientToken: p.clientToken().optional(),
  ProxyId: str(proxyIdDoc).optional(),
  BillingType: p.billingType().optional(),
});

function rules(request: RequestParams) {
  const found: PathFinding[] = [];
  if (!has(request, "ProxyId") && !has(request, "InstanceId")) {
    found.push(finding("ProxyId", "proxy-id-required", "error", "object"));
  }
  if (has(request, "ProxyId") && has(request, "InstanceId") && request.ProxyId !== request.InstanceId) {
    found.push(finding("InstanceId", "proxy-id-mismatch", "error", "value"));
  }
  if (!has(request, "Bandwidth") && !has(request, "Concurrent")) {
    found.push(finding("", "bandwidth-or-concurrent-required", "error", "object"));
  }
  return found;
}

export const modifyProxyConfiguration = defineAction({
  name: "ModifyProxyConfiguration",
  service: "gaap",
  version: "2018-05-29",
  billable: true,
  doc: {
    en: "Changes a connection's bandwidth and/or concurrence (scale up or down). Only connections with Scalarable 1.",
    zh: "修改通道配置（扩缩容带宽和/或并发）。仅支持 Scalarable 为 1 的通道。",
  },
  params,
  rules,
  template: {
    Action: "ModifyProxyConfiguration",
    Version: "2018-05-29",
    ProxyId: "link-xxxxxxxx",
    Bandwidth: 20,
    Concurrent: 2,
  },
  ruleErrors: {
    "proxy-id-required": { code: "MissingParameter", name: "ProxyId" },
    "bandwidth-or-concurrent-required": { code: "MissingParameter", name: "Bandwidth" },
    "proxy-id-mismatch": { code: "InvalidParameter", reason: { en: "ProxyId and InstanceId name different connections", zh: "ProxyId 与 InstanceId 指向不同的通道" } },
  },
  send: {
    kind: "preflight",
    preflight: (params, _findings, cloud, signal) => modifyPreflight(params, cloud, signal),
    write: { kind: "apply", send: (params, cloud, token, signal) => sendModifyProxyConfiguration(params, cloud, token, signal) },
  },
});
