import { MAX_L4_RULES_PER_CALL } from "../client/teoTypes";
import { int, list, object, oneOf, str, text, type Bilingual } from "./param";

// The parameters of the four L4 rule writes (teo.d.ts:14656 L4ProxyRule, :4651, :4081, :12529, :468).

export const zoneId = () => str({ en: "Zone (site) ID (zone-…).", zh: "站点 ID（zone-…）。" });
export const proxyId = () => str({ en: "L4 proxy instance ID (sid-…).", zh: "四层代理实例 ID（sid-…）。" });

export const ruleIds = (en: string, zh: string) =>
  list(str({ en: "A forwarding rule ID (rule-…).", zh: "转发规则 ID（rule-…）。" }), { en: `${en} At most ${MAX_L4_RULES_PER_CALL} per call.`, zh: `${zh}单次最多 ${MAX_L4_RULES_PER_CALL} 条。` }, { min: 1, max: MAX_L4_RULES_PER_CALL });

const onCreate = (required: boolean): Bilingual =>
  required
    ? { en: " Required on create; on modify, absent means unchanged.", zh: "创建时必填；修改时不填表示不修改。" }
    : { en: " Optional; on modify, absent means unchanged.", zh: "选填；修改时不填表示不修改。" };

const doc = (en: string, zh: string, required: boolean): Bilingual => {
  const note = onCreate(required);
  return { en: en + note.en, zh: zh + note.zh };
};

const portText: Bilingual = { en: "a port (80) or an ascending range (81-85), ports 1–65535", zh: "单个端口（80）或递增的端口段（81-85），端口范围 1–65535" };

/** The fields of one L4ProxyRule; which are required depends on the action. */
function ruleFields() {
  return {
    RuleId: str({
      en: "Forwarding rule ID (rule-…). Required on modify; never on create (the API assigns it).",
      zh: "转发规则 ID（rule-…）。修改时必填；创建时请勿填写（由接口分配）。",
    }),
    Protocol: oneOf(["TCP", "UDP"], doc("Forwarding protocol.", "转发协议。", true), {
      TCP: { en: "TCP", zh: "TCP 协议" },
      UDP: { en: "UDP", zh: "UDP 协议" },
    }),
    PortRange: list(
      str({ en: `Forwarding port: ${portText.en}.`, zh: `转发端口：${portText.zh}。` }),
      doc(
        "Forwarding ports: each entry a port (80) or a range (81-85 is five ports). No two rules of a proxy share a port of the same protocol.",
        "转发端口：每项为单端口（80）或端口段（81-85 表示 5 个端口）。同一代理下同协议的规则端口不能重叠。",
        true,
      ),
      { min: 1 },
    ),
    OriginType: oneOf(["IP_DOMAIN", "ORIGIN_GROUP", "LB"], doc("Origin type.", "源站类型。", true), {
      IP_DOMAIN: { en: "IP addresses or one domain name", zh: "IP/域名源站" },
      ORIGIN_GROUP: { en: "An origin group (GENERAL type)", zh: "源站组（通用型）" },
      LB: { en: "A load balancer (allow-listed accounts only)", zh: "负载均衡（当前仅白名单开放）" },
    }),
    OriginValue: list(
      str({ en: "An origin: IP or domain, origin group ID, or LB instance ID.", zh: "源站：IP 或域名、源站组 ID 或负载均衡实例 ID。" }),
      doc(
        "Origins: with IP_DOMAIN, public IPs (8.8.8.8) or one domain (test.com), not both; with ORIGIN_GROUP, exactly one group ID (og-…); with LB, the load balancer's instance ID (lb-…).",
        "源站地址：IP_DOMAIN 时填写公网 IP（如 8.8.8.8）或一个域名（如 test.com），二者不可混填；ORIGIN_GROUP 时填写且仅填写一个源站组 ID（og-…）；LB 时填写负载均衡实例 ID（lb-…）。",
        true,
      ),
      { min: 1 },
    ),
    OriginPortRange: str(
      doc(
        "Origin port: one port (80), or a range (81-85) as long as the forwarding ports (forwarding 80-90 goes to origin 90-100).",
        "源站端口：单端口（80），或与转发端口段长度一致的端口段（如转发端口 80-90 对应源站端口 90-100）。",
        true,
      ),
    ),
    ClientIPPassThroughMode: oneOf(["TOA", "PPV1", "PPV2", "SPP", "OFF"], doc("How the client IP reaches the origin. Default on create: OFF.", "传递客户端 IP 的形式，创建时默认 OFF。", false), {
      TOA: { en: "TOA (TCP only)", zh: "TOA（仅 Protocol = TCP 时可选）" },
      PPV1: { en: "Proxy Protocol V1 (TCP only)", zh: "Proxy Protocol 传递，协议版本 V1（仅 Protocol = TCP 时可选）" },
      PPV2: { en: "Proxy Protocol V2", zh: "Proxy Protocol 传递，协议版本 V2" },
      SPP: { en: "Simple Proxy Protocol (UDP only)", zh: "Simple Proxy Protocol 传递（仅 Protocol = UDP 时可选）" },
      OFF: { en: "Not passed (default)", zh: "不传递（默认）" },
    }),
    SessionPersist: oneOf(["on", "off"], doc("Session persistence. Default on create: off.", "是否开启会话保持，创建时默认 off。", false), {
      on: { en: "On", zh: "开启" },
      off: { en: "Off (default)", zh: "关闭（默认）" },
    }),
    SessionPersistTime: int(
      doc("Session persistence time, 30–3600 seconds; used only with SessionPersist on (default 3600).", "会话保持时间，取值 30–3600 秒；仅当 SessionPersist = on 时生效（默认 3600）。", false),
      { min: 30, max: 3600, unit: { en: "s", zh: "秒" } },
    ),
    RuleTag: text(doc("Rule tag: 1–50 characters of any kind.", "规则标签：1–50 个任意字符。", false), { min: 1, max: 50 }),
    Status: str({
      en: "Rule status (online, offline, progress, stopping, fail): read-only, never written; change it with ModifyL4ProxyRulesStatus.",
      zh: "规则状态（online、offline、progress、stopping、fail）：只读，请勿填写；请用 ModifyL4ProxyRulesStatus 修改。",
    }),
  };
}

const rulesDoc = (en: string, zh: string): Bilingual => ({ en: `${en} At most ${MAX_L4_RULES_PER_CALL} per call.`, zh: `${zh}单次最多 ${MAX_L4_RULES_PER_CALL} 条。` });

/** CreateL4ProxyRules' rules: Protocol, PortRange, OriginType, OriginValue and OriginPortRange required. */
export function createRules() {
  const f = ruleFields();
  const rule = object(
    {
      ...f,
      RuleId: f.RuleId.optional(),
      ClientIPPassThroughMode: f.ClientIPPassThroughMode.optional(),
      SessionPersist: f.SessionPersist.optional(),
      SessionPersistTime: f.SessionPersistTime.optional(),
      RuleTag: f.RuleTag.optional(),
      Status: f.Status.optional(),
    },
    { en: "A forwarding rule to add.", zh: "要新增的转发规则。" },
  );
  return list(rule, rulesDoc("Forwarding rules to add.", "要新增的转发规则列表。"), { min: 1, max: MAX_L4_RULES_PER_CALL });
}

/** ModifyL4ProxyRules' rules: RuleId required, every other field optional (absent: unchanged). */
export function modifyRules() {
  const f = ruleFields();
  const rule = object(
    {
      RuleId: f.RuleId,
      Protocol: f.Protocol.optional(),
      PortRange: f.PortRange.optional(),
      OriginType: f.OriginType.optional(),
      OriginValue: f.OriginValue.optional(),
      OriginPortRange: f.OriginPortRange.optional(),
      ClientIPPassThroughMode: f.ClientIPPassThroughMode.optional(),
      SessionPersist: f.SessionPersist.optional(),
      SessionPersistTime: f.SessionPersistTime.optional(),
      RuleTag: f.RuleTag.optional(),
      Status: f.Status.optional(),
    },
    { en: "A change to one forwarding rule: its RuleId and the fields to change.", zh: "对一条转发规则的修改：RuleId 及要修改的字段。" },
  );
  return list(rule, rulesDoc("Forwarding rules to change.", "要修改的转发规则列表。"), { min: 1, max: MAX_L4_RULES_PER_CALL });
}
