import type { PathFinding } from "../validation/finding";
import * as z from "../zod";
import { gaapCreatePreflight } from "../preflight/gaapCreatePreflight";
import { sendCreateProxy } from "../preflight/proxyWrites";
import { defineAction, type RequestParams } from "./actionDefinition";
import { int, str } from "./param";
import { finding, has } from "./ruleHelpers";
import * as p from "./sharedParams";

const params = z.strictObject({
  // Project IDs are 0 (the default project) or a project's positive ID; -1 ("all") exists only in listings.
  ProjectId: int({ en: "Project ID of the connection (0 is the default project).", zh: "通道的项目 ID（0 为默认项目）。" }, { min: 0 }),
  ProxyName: str({ en: "Name of the connection.", zh: "通道名称。" }),
  AccessRegion: p.accessRegion(),
  Bandwidth: p.bandwidth(),
  Concurrent: p.concurrent(),
  RealServerRegion: p
    .realServerRegion(
      "Origin server region. Required unless GroupId is given; with GroupId the group's origin region is used and this is ignored.",
      "源站地域。未填 GroupId 时必填；填写 GroupId 时使用通道组的源站地域，忽略此字段。",
    )
    .optional(),
  ClientToken: p.clientToken().optional(),
  GroupId: p
    .groupId(
      "Connection group ID: required to create the connection inside a group, otherwise omit it.",
      "通道组 ID：在通道组中创建通道时必填，否则不填。",
    )
    .optional(),
  TagSet: p.tagSet().optional(),
  ClonedProxyId: str({
    en: "ID of a RUNNING connection to replicate. The new connection's base parameters are still required.",
    zh: "被复制的通道 ID，只能复制运行中的通道。新通道的基本参数仍需填写。",
  }).optional(),
  BillingType: p.billingType().optional(),
  IPAddressVersion: p.ipAddressVersion().optional(),
  NetworkType: p.networkType(true).optional(),
  PackageType: p.packageType().optional(),
  Http3Supported: p.http3Supported().optional(),
});

function rules(request: RequestParams) {
  const found: PathFinding[] = [];
  if (has(request, "GroupId") && has(request, "RealServerRegion")) {
    found.push(finding("RealServerRegion", "ignored-with-group", "warning", "key", {}, { kind: "remove-parameter" }));
  }
  if (!has(request, "GroupId") && !has(request, "RealServerRegion")) {
    found.push(finding("RealServerRegion", "region-or-group-required", "error", "object"));
  }
  if (request.IPAddressVersion === "IPv6" && request.Http3Supported === 1) {
    found.push(finding("Http3Supported", "ipv6-no-http3", "warning", "value"));
  }
  if (!has(request, "ClientToken")) {
    found.push(finding("ClientToken", "client-token-missing", "info", "object", {}, { kind: "add-parameter", name: "ClientToken", value: "" }));
  }
  return found;
}

export const createProxy = defineAction({
  name: "CreateProxy",
  service: "gaap",
  version: "2018-05-29",
  billable: true,
  doc: {
    en: "Creates a GAAP connection (proxy) with the given configuration, or replicates one (ClonedProxyId).",
    zh: "创建一个指定配置的加速通道，或复制一个已有通道（ClonedProxyId）。",
  },
  params,
  rules,
  template: {
    Action: "CreateProxy",
    Version: "2018-05-29",
    ProjectId: 0,
    ProxyName: "my-proxy",
    AccessRegion: "Shanghai",
    RealServerRegion: "Guangzhou",
    Bandwidth: 10,
    Concurrent: 2,
  },
  ruleErrors: { "region-or-group-required": { code: "MissingParameter", name: "RealServerRegion" } },
  send: {
    kind: "preflight",
    preflight: (params, _findings, cloud, signal) => gaapCreatePreflight("CreateProxy", params, cloud, signal),
    write: { kind: "create", send: (params, cloud, token, signal) => sendCreateProxy(params, cloud, token, signal) },
  },
});
