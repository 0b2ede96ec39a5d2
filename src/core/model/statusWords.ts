import type { Language } from "../messages/language";

/** Whose status a code is: the same code means different things per record (GAAP "RECOVERING", a zone's "pending"). */
export type StatusOwner = "gaapProxy" | "gaapBan" | "gaapGroup" | "zone" | "l4Proxy" | "l4Rule";

interface Words {
  en: string;
  zh: string;
}

const w = (en: string, zh: string): Words => ({ en, zh });

/** GAAP ProxyInfo.Status (gaap.d.ts ProxyInfo), in the console's own words. */
const GAAP_PROXY = new Map<string, Words>([
  ["RUNNING", w("running", "运行中")],
  ["CREATING", w("creating", "创建中")],
  ["DESTROYING", w("destroying", "销毁中")],
  ["OPENING", w("opening", "开启中")],
  ["CLOSING", w("closing", "关闭中")],
  ["CLOSED", w("closed", "已关闭")],
  ["ADJUSTING", w("changing configuration", "配置变更中")],
  ["ISOLATING", w("isolating", "隔离中")],
  ["ISOLATED", w("isolated (overdue)", "已隔离（欠费）")],
  ["CLONING", w("copying", "复制中")],
  ["RECOVERING", w("recovering", "恢复中")],
  ["MOVING", w("migrating", "迁移中")],
]);

/** GAAP ProxyInfo.BanStatus (cross-border proxies). */
const GAAP_BAN = new Map<string, Words>([
  ["BANNED", w("banned", "已封禁")],
  ["RECOVER", w("unbanned", "已解封")],
  ["BANNING", w("being banned", "封禁中")],
  ["RECOVERING", w("being unbanned", "解封中")],
  ["BAN_FAILED", w("ban failed", "封禁失败")],
  ["RECOVER_FAILED", w("unban failed", "解封失败")],
]);

/** GAAP ProxyGroupInfo.Status: the proxies' words, and CHANGING for a group some of whose proxies are changing. */
const GAAP_GROUP = new Map<string, Words>([...GAAP_PROXY, ["CHANGING", w("partly changing", "部分变更中")]]);

/** TEO Zone.Status; `paused` stands for Zone.Paused (or ActiveStatus "paused"). */
const ZONE = new Map<string, Words>([
  ["active", w("active", "已生效")],
  ["pending", w("pending (not connected yet)", "待接入")],
  ["initializing", w("initializing", "初始化中")],
  ["moved", w("moved away", "已迁出")],
  ["deactivated", w("deactivated", "已停用")],
  ["paused", w("paused", "已暂停")],
]);

/** TEO L4Proxy.Status. */
const L4_PROXY = new Map<string, Words>([
  ["online", w("online", "已启用")],
  ["offline", w("offline", "已停用")],
  ["progress", w("deploying", "部署中")],
  ["stopping", w("going offline", "停用中")],
  ["banned", w("banned", "已封禁")],
  ["fail", w("deploy or stop failed", "部署或停用失败")],
]);

/** TEO L4ProxyRule.Status. */
const L4_RULE = new Map<string, Words>([
  ["online", w("online", "已启用")],
  ["offline", w("offline", "已停用")],
  ["progress", w("deploying", "部署中")],
  ["stopping", w("going offline", "停用中")],
  ["fail", w("deploy or stop failed", "部署或停用失败")],
]);

const TABLES: Record<StatusOwner, ReadonlyMap<string, Words>> = {
  gaapProxy: GAAP_PROXY,
  gaapBan: GAAP_BAN,
  gaapGroup: GAAP_GROUP,
  zone: ZONE,
  l4Proxy: L4_PROXY,
  l4Rule: L4_RULE,
};

/**
 * A status code in the UI's language. A code the table does not know (one the API adds later, or hostile text)
 * is shown as it came, so nothing is hidden; the caller escapes it where markdown renders.
 */
export function statusWord(owner: StatusOwner, code: string | undefined, lang: Language): string {
  if (code === undefined || code === "") return lang === "zh-cn" ? "未知" : "unknown";
  const words = TABLES[owner].get(code);
  if (!words) return code;
  return lang === "zh-cn" ? words.zh : words.en;
}

/** Every code a table knows, for tests and the docs. */
export const knownStatuses = (owner: StatusOwner): string[] => [...TABLES[owner].keys()];
