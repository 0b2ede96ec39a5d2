import * as z from "../zod";
import { gaapCreatePreflight } from "../preflight/gaapCreatePreflight";
import { defineAction } from "./actionDefinition";
import * as p from "./sharedParams";

const params = z.strictObject({
  AccessRegion: p.accessRegion(),
  RealServerRegion: p.realServerRegion(
    "Origin server region (always required here). Valid values come from DescribeDestRegions.",
    "源站地域（本接口必填），可选值由 DescribeDestRegions 给出。",
  ),
  Bandwidth: p.bandwidth(),
  Concurrent: p.concurrent(),
  GroupId: p
    .groupId(
      "Connection group ID, when the connection would be created in a group.",
      "在通道组中创建通道时填写通道组 ID。",
    )
    .optional(),
  IPAddressVersion: p.ipAddressVersion().optional(),
  NetworkType: p.networkType(false).optional(),
  PackageType: p.packageType().optional(),
  Http3Supported: p.http3Supported().optional(),
});

export const checkProxyCreate = defineAction({
  name: "CheckProxyCreate",
  service: "gaap",
  version: "2018-05-29",
  billable: false,
  doc: {
    en: "Checks whether a connection with the given configuration can be created (CheckFlag 1: yes, 0: no).",
    zh: "查询能否创建指定配置的加速通道（CheckFlag 1 可以，0 不可以）。",
  },
  params,
  // RealServerRegion is required by the shape; NetworkType's normal|cn2 limit is its enum.
  rules: () => [],
  template: {
    Action: "CheckProxyCreate",
    Version: "2018-05-29",
    AccessRegion: "Shanghai",
    RealServerRegion: "Guangzhou",
    Bandwidth: 10,
    Concurrent: 2,
  },
  // Not billable: the panel shows the answer (CheckFlag) with the price and the allowed lists; nothing to send.
  send: { kind: "preflight", preflight: (params, _findings, cloud, signal) => gaapCreatePreflight("CheckProxyCreate", params, cloud, signal) },
});
