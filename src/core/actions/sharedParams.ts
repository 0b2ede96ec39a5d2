import { deprecated, int, intOneOf, list, object, oneOf, str } from "./param";
import * as z from "../zod";

// Parameters that several GAAP actions document with the same meaning.

export const accessRegion = () =>
  str({
    en: "Access (acceleration) region, where users connect. Valid values come from DescribeAccessRegionsByDestRegion for the origin region.",
    zh: "接入（加速）地域，用户接入的地域。可选值由 DescribeAccessRegionsByDestRegion 按源站地域给出。",
  });

export const realServerRegion = (en: string, zh: string) => str({ en, zh });

// Caps are positive: the docs define both as an upper limit of traffic; the allowed steps come from the region.
export const bandwidth = (en = "Connection bandwidth cap. Unit: Mbps.", zh = "通道带宽上限，单位：Mbps。") =>
  int({ en: `${en} Allowed values: the access region's BandwidthList.`, zh: `${zh}可选值见接入地域的 BandwidthList。` }, { min: 1, unit: { en: "Mbps", zh: "Mbps" } });

export const concurrent = (
  en = "Connection concurrence cap: the maximum number of simultaneous connections. Unit: 10,000 connections.",
  zh = "通道并发量上限，表示同时在线的连接数，单位：万。",
) =>
  int(
    { en: `${en} Allowed values: the access region's ConcurrentList.`, zh: `${zh}可选值见接入地域的 ConcurrentList。` },
    { min: 1, unit: { en: "× 10,000 connections", zh: "万" } },
  );

export const clientToken = () =>
  str(
    {
    en: "A unique string from the client that makes the request idempotent: at most 64 ASCII characters. Retries of one request reuse it, so a retry never creates a second resource.",
    zh: "用于保证请求幂等性的字符串，由客户生成，最长 64 个 ASCII 字符。同一请求的重试使用同一个值，重试不会重复创建资源。",
    },
    (s) => s.max(64).regex(/^[\x20-\x7e]*$/),
    { en: "at most 64 printable ASCII characters", zh: "最多 64 个可打印 ASCII 字符" },
  );

export const groupId = (en: string, zh: string) => str({ en, zh });

export const billingType = () =>
  intOneOf(
    [0, 1],
    { en: "Billing mode. Default: 0 (bill by bandwidth).", zh: "计费方式，默认 0（按带宽计费）。" },
    { 0: { en: "Bill by bandwidth", zh: "按带宽计费" }, 1: { en: "Bill by traffic", zh: "按流量计费" } },
  );

export const ipAddressVersion = () =>
  oneOf(
    ["IPv4", "IPv6"],
    { en: "IP version of the access address. Default: IPv4.", zh: "接入地址的 IP 版本，默认 IPv4。" },
    {
      IPv4: { en: "IPv4 (default); HTTP/3 is on", zh: "IPv4（默认），支持 HTTP/3" },
      IPv6: {
        en: "IPv6; needs the access region's IPv6 feature bit; no HTTP/3",
        zh: "IPv6，需要接入地域支持 IPv6 特性，不支持 HTTP/3",
      },
    },
  );

export const packageType = () =>
  oneOf(
    ["Thunder", "Accelerator", "CrossBorder"],
    { en: "Package type of the connection. Default: Thunder.", zh: "通道的套餐类型，默认 Thunder。" },
    {
      Thunder: { en: "General connection", zh: "标准通道" },
      Accelerator: { en: "Game accelerator connection", zh: "游戏加速器通道" },
      CrossBorder: { en: "Cross-MLC-border connection", zh: "跨境通道" },
    },
  );

const networkTypeValues = {
  normal: { en: "General BGP (default)", zh: "普通 BGP（默认）" },
  cn2: { en: "Dedicated (premium) BGP; needs the region's premium BGP feature", zh: "精品 BGP，需要地域支持" },
  triple: {
    en: "Non-BGP lines of the three mainland ISPs; needs the region's triple-ISP feature",
    zh: "三网（非 BGP，中国大陆三大运营商），需要地域支持",
  },
};

export const networkType = (withTriple: boolean) =>
  withTriple
    ? oneOf(["normal", "cn2", "triple"], { en: "Network type.", zh: "网络类型。" }, networkTypeValues)
    : oneOf(
        ["normal", "cn2"],
        { en: "Network type: only normal or cn2 for this action.", zh: "网络类型：本接口仅支持 normal 或 cn2。" },
        { normal: networkTypeValues.normal, cn2: networkTypeValues.cn2 },
      );

export const http3Supported = () =>
  deprecated(
    intOneOf(
      [0, 1],
      { en: "(Disused) HTTP/3 support.", zh: "（已废弃）是否支持 HTTP/3。" },
      { 0: { en: "Off", zh: "关闭" }, 1: { en: "On", zh: "开启" } },
    ),
    {
      en: "Disused: HTTP/3 is on for IPv4 and off for IPv6, whatever this says.",
      zh: "已废弃：IPv4 通道默认支持 HTTP/3，IPv6 通道不支持，与此参数无关。",
    },
  );

export const tagSet = () =>
  list(
    object(
      {
        TagKey: str({ en: "Tag key.", zh: "标签键。" }),
        TagValue: str({ en: "Tag value.", zh: "标签值。" }),
      },
      { en: "A tag.", zh: "标签。" },
    ),
    { en: "Tags to add to the connection.", zh: "通道需要添加的标签列表。" },
  );

export type { z };
