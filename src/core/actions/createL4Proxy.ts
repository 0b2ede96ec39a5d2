import type { PathFinding } from "../validation/finding";
import * as z from "../zod";
import { l4CreatePreflight } from "../preflight/l4CreatePreflight";
import { sendCreateL4Proxy } from "../preflight/proxyWrites";
import { defineAction, type RequestParams } from "./actionDefinition";
import { deprecated, int, object, oneOf, str } from "./param";
import { finding, has, isOn } from "./ruleHelpers";

const onOff = (en: string, zh: string) =>
  oneOf(["on", "off"], { en: `${en} Default: off.`, zh: `${zh}默认 off。` }, {
    on: { en: "Enable", zh: "开启" },
    off: { en: "Disable (default)", zh: "关闭（默认）" },
  });

const ddosProtectionConfig = deprecated(
  object(
    {
      LevelMainland: oneOf(
        ["PLATFORM", "BASE30_MAX300", "BASE60_MAX600"],
        { en: "DDoS protection in the Chinese mainland.", zh: "中国大陆区域的 DDoS 防护规格。" },
        {
          PLATFORM: { en: "Platform default protection (no exclusive DDoS)", zh: "平台默认防护（无独立 DDoS 防护）" },
          BASE30_MAX300: { en: "Exclusive: 30 Gbps base, up to 300 Gbps", zh: "独立防护：保底 30 Gbps，弹性 300 Gbps" },
          BASE60_MAX600: { en: "Exclusive: 60 Gbps base, up to 600 Gbps", zh: "独立防护：保底 60 Gbps，弹性 600 Gbps" },
        },
      ).optional(),
      MaxBandwidthMainland: int({
        en: "Elastic protection cap in Gbps: 30–300 with BASE30_MAX300, 60–600 with BASE60_MAX600; ignored with PLATFORM.",
        zh: "弹性防护上限（Gbps）：BASE30_MAX300 为 30–300，BASE60_MAX600 为 60–600；PLATFORM 时忽略。",
      }).optional(),
      LevelOverseas: oneOf(
        ["PLATFORM", "ANYCAST300", "ANYCAST_ALLIN"],
        { en: "DDoS protection outside the Chinese mainland.", zh: "全球（不含中国大陆）区域的 DDoS 防护规格。" },
        {
          PLATFORM: { en: "Platform default protection", zh: "平台默认防护" },
          ANYCAST300: { en: "Exclusive Anycast protection, 300 Gbps", zh: "独立 Anycast 防护，300 Gbps" },
          ANYCAST_ALLIN: { en: "Exclusive Anycast protection, all available capacity", zh: "独立 Anycast 防护，全力防护" },
        },
      ).optional(),
    },
    { en: "DDoS protection of the instance.", zh: "四层代理实例的 DDoS 防护配置。" },
  ),
  { en: "Deprecated by the API: exclusive DDoS protection is now bound separately.", zh: "已废弃：独立 DDoS 防护改为单独绑定。" },
);

const params = z.strictObject({
  ZoneId: str({ en: "Zone (site) ID (zone-…).", zh: "站点 ID（zone-…）。" }),
  ProxyName: str(
    {
      en: "Name of the L4 proxy instance: 1–50 characters of a-z, 0-9 and -; no leading, trailing or doubled -. Cannot be changed after creation; unique in the zone.",
      zh: "四层代理实例名称：1–50 个字符，可含 a-z、0-9 和 -，- 不能单独、连续使用，也不能在开头或结尾。创建后不可修改，站点内唯一。",
    },
    (s) => s.min(1).max(50).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    {
      en: "1–50 characters of a-z, 0-9 and -, with no leading, trailing or doubled -",
      zh: "1–50 个字符，仅含 a-z、0-9 和 -，- 不能在开头、结尾或连续出现",
    },
  ),
  Area: oneOf(["mainland", "overseas", "global"], { en: "Acceleration area of the instance.", zh: "四层代理实例的加速区域。" }, {
    mainland: { en: "Chinese mainland", zh: "中国大陆可用区" },
    overseas: { en: "Global, excluding the Chinese mainland", zh: "全球可用区（不含中国大陆）" },
    global: { en: "Global, including the Chinese mainland", zh: "全球可用区" },
  }),
  Ipv6: onOff("Whether IPv6 access is enabled (only in some areas and protection configurations).", "是否开启 IPv6 访问（仅部分加速区域和防护配置可开启）。").optional(),
  StaticIp: onOff("Whether static IPs are enabled (only in some areas and protection configurations).", "是否开启固定 IP（仅部分加速区域和防护配置可开启）。").optional(),
  AccelerateMainland: onOff(
    "Whether network optimization for the Chinese mainland is enabled (invite-only beta).",
    "是否开启中国大陆网络优化（内测功能，需申请）。",
  ).optional(),
  DDosProtectionConfig: ddosProtectionConfig.optional(),
});

const EXCLUSIVE_MAINLAND: Record<string, [number, number]> = { BASE30_MAX300: [30, 300], BASE60_MAX600: [60, 600] };

function ddosRules(request: RequestParams) {
  const found: PathFinding[] = [];
  const ddos = request.DDosProtectionConfig;
  if (typeof ddos !== "object" || ddos === null) return found;
  const cfg = ddos as Record<string, unknown>;
  const exclusive =
    (typeof cfg.LevelMainland === "string" && cfg.LevelMainland !== "PLATFORM") ||
    (typeof cfg.LevelOverseas === "string" && cfg.LevelOverseas !== "PLATFORM");
  if (exclusive && isOn(request, "Ipv6")) found.push(finding("Ipv6", "exclusive-ddos-ipv6-conflict", "error", "value"));
  const range = typeof cfg.LevelMainland === "string" ? EXCLUSIVE_MAINLAND[cfg.LevelMainland] : undefined;
  const max = cfg.MaxBandwidthMainland;
  if (range && typeof max === "number" && (max < range[0] || max > range[1])) {
    found.push({
      ...finding("", "ddos-bandwidth-range", "error", "value", { min: range[0], max: range[1], level: String(cfg.LevelMainland) }),
      path: "/DDosProtectionConfig/MaxBandwidthMainland",
    });
  }
  return found;
}

function rules(request: RequestParams) {
  const found: PathFinding[] = [];
  if (isOn(request, "Ipv6") && isOn(request, "StaticIp")) {
    found.push(finding("StaticIp", "ipv6-static-ip-conflict", "error", "value", {}, { kind: "replace-value", value: "off" }));
  }
  if (isOn(request, "AccelerateMainland") && isOn(request, "Ipv6")) {
    found.push(finding("AccelerateMainland", "accelerate-mainland-ipv6-conflict", "error", "value", {}, { kind: "replace-value", value: "off" }));
  }
  if (isOn(request, "AccelerateMainland")) {
    found.push(finding("AccelerateMainland", "accelerate-mainland-allowlist", "info", "value"));
  }
  if (has(request, "DDosProtectionConfig")) found.push(...ddosRules(request));
  return found;
}

export const createL4Proxy = defineAction({
  name: "CreateL4Proxy",
  service: "teo",
  version: "2022-09-01",
  billable: true,
  doc: { en: "Creates an EdgeOne Layer-4 proxy instance in a zone.", zh: "在站点中创建 EdgeOne 四层代理实例。" },
  params,
  rules,
  template: {
    Action: "CreateL4Proxy",
    Version: "2022-09-01",
    ZoneId: "zone-xxxxxxxxxxxx",
    ProxyName: "my-l4-proxy",
    Area: "overseas",
  },
  // The API's own codes for the documented conflicts (CreateL4Proxy's error table).
  ruleErrors: {
    "ipv6-static-ip-conflict": { code: "OperationDenied.Ipv6StaticIpConflict" },
    "accelerate-mainland-ipv6-conflict": { code: "OperationDenied.AccelerateMainlandIpv6Conflict" },
    "exclusive-ddos-ipv6-conflict": { code: "OperationDenied.Ipv6AdvancedConflict" },
  },
  send: {
    kind: "preflight",
    preflight: (params, findings, cloud, signal) => l4CreatePreflight(params, findings, cloud, signal),
    write: { kind: "create", send: (params, cloud, token, signal) => sendCreateL4Proxy(params, cloud, token, signal) },
  },
});
