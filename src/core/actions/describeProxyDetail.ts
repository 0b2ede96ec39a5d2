import * as z from "../zod";
import { defineAction } from "./actionDefinition";
import { str } from "./param";

const params = z.strictObject({
  ProxyId: str({ en: "ID of the connection to describe (link-…).", zh: "要查询的通道 ID（link-…）。" }),
});

export const describeProxyDetail = defineAction({
  name: "DescribeProxyDetail",
  service: "gaap",
  version: "2018-05-29",
  billable: false,
  doc: {
    en: "Describes one connection (proxy): its regions, size, status, addresses, features and tags.",
    zh: "查询一个通道的详情：地域、规格、状态、接入地址、特性与标签。",
  },
  params,
  rules: () => [],
  template: { Action: "DescribeProxyDetail", Version: "2018-05-29", ProxyId: "link-xxxxxxxx" },
  // A read: sent at once, the answer shown as the API gives it.
  send: {
    kind: "direct",
    send: async (p, cloud, signal) => ({ ProxyDetail: await cloud.gaap.describeProxyDetail(p.ProxyId, signal ? { signal } : {}) }),
  },
});
