import type { AccessOffer, RegionCatalog, RegionRecord } from "../state/sandboxState";

// The regions the official docs and examples name (SouthChina, EastChina, Shanghai, Guangzhou, Chongqing, …), with
// realistic lists: Chongqing's are the DescribeAccessRegionsByDestRegion doc example (Concurrent [2,5,10,20,30],
// Bandwidth [10..1000], FeatureBitmap 71 = L4 + L7 + HTTP3 + QoS).

type Row = [id: string, en: string, zh: string, area: string, areaEn: string, areaZh: string, idc: "dc" | "ec", bitmap: number];

const ROWS: Row[] = [
  ["Guangzhou", "Guangzhou", "广州", "SouthChina", "South China", "华南地区", "dc", 95],
  ["Shanghai", "Shanghai", "上海", "EastChina", "East China", "华东地区", "dc", 127],
  ["Beijing", "Beijing", "北京", "NorthChina", "North China", "华北地区", "dc", 127],
  ["Chongqing", "Chongqing", "重庆", "SouthwestChina", "Southwest China", "西南地区", "dc", 71],
  ["Chengdu", "Chengdu", "成都", "SouthwestChina", "Southwest China", "西南地区", "dc", 103],
  ["SouthChina", "South China", "华南", "SouthChina", "South China", "华南地区", "dc", 87],
  ["EastChina", "East China", "华东", "EastChina", "East China", "华东地区", "dc", 87],
  ["NorthChina", "North China", "华北", "NorthChina", "North China", "华北地区", "dc", 87],
  ["Hongkong", "Hong Kong (China)", "中国香港", "HongkongMacaoTaiwan", "Hong Kong, Macao and Taiwan (China)", "港澳台地区", "dc", 95],
  ["SGP", "Singapore", "新加坡", "SoutheastAsia", "Southeast Asia", "东南亚", "dc", 79],
  ["Tokyo", "Tokyo", "东京", "NortheastAsia", "Northeast Asia", "东北亚", "dc", 79],
  ["Seoul", "Seoul", "首尔", "NortheastAsia", "Northeast Asia", "东北亚", "ec", 71],
  ["SiliconValley", "Silicon Valley", "硅谷", "NorthAmerica", "North America", "北美", "dc", 71],
  ["NorthAmerica", "North America", "北美", "NorthAmerica", "North America", "北美", "dc", 71],
  ["Frankfurt", "Frankfurt", "法兰克福", "Europe", "Europe", "欧洲", "ec", 71],
];

const MAINLAND = new Set(["Guangzhou", "Shanghai", "Beijing", "Chongqing", "Chengdu", "SouthChina", "EastChina", "NorthChina"]);

const DEST = ["SouthChina", "EastChina", "NorthChina", "Guangzhou", "Shanghai", "Beijing", "Hongkong", "SGP", "NorthAmerica", "Tokyo", "Frankfurt"];
const SILVER_DEST = ["SouthChina", "EastChina", "NorthChina", "Hongkong"];
const ACCESS = [
  "Shanghai",
  "Beijing",
  "Guangzhou",
  "Chongqing",
  "Chengdu",
  "SouthChina",
  "EastChina",
  "NorthChina",
  "Hongkong",
  "SGP",
  "Tokyo",
  "Seoul",
  "SiliconValley",
  "Frankfurt",
];

const BANDWIDTH_MAINLAND = [10, 20, 50, 100, 200, 500, 1000];
const CONCURRENT_MAINLAND = [2, 5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
const BANDWIDTH_OVERSEAS = [10, 20, 50, 100, 200, 500];
const CONCURRENT_OVERSEAS = [2, 5, 10, 20, 30, 50];
const CONCURRENT_CHONGQING = [2, 5, 10, 20, 30];

export const isMainlandRegion = (regionId: string): boolean => MAINLAND.has(regionId);

function offer(access: string, dest: string): AccessOffer {
  const mainland = MAINLAND.has(access);
  const crossBorder = mainland !== MAINLAND.has(dest);
  return {
    access,
    dest,
    BandwidthList: [...(mainland ? BANDWIDTH_MAINLAND : BANDWIDTH_OVERSEAS)],
    ConcurrentList: [...(access === "Chongqing" ? CONCURRENT_CHONGQING : mainland ? CONCURRENT_MAINLAND : CONCURRENT_OVERSEAS)],
    packageTypes: crossBorder ? ["Thunder", "Accelerator", "CrossBorder"] : ["Thunder", "Accelerator"],
  };
}

const region = ([RegionId, en, zh, RegionArea, areaEn, areaZh, IDCType, FeatureBitmap]: Row): RegionRecord => ({
  RegionId,
  name: { en, zh },
  RegionArea,
  areaName: { en: areaEn, zh: areaZh },
  IDCType,
  FeatureBitmap,
});

/** The demo account's regions: every access region serves every origin region but its own. */
export function demoCatalog(): RegionCatalog {
  return {
    regions: ROWS.map(region),
    destRegions: [...DEST],
    silverDestRegions: [...SILVER_DEST],
    offers: DEST.flatMap((dest) => ACCESS.filter((access) => access !== dest).map((access) => offer(access, dest))),
    sellOut: [
      { access: "Hongkong", dest: "NorthAmerica", minBandwidth: 500 },
      { access: "Frankfurt", dest: "SGP" },
      { access: "Chongqing", dest: "Beijing", minConcurrent: 20 },
    ],
  };
}
