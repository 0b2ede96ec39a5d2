import { newId } from "../newId";
import type { Random } from "../seededRandom";
import { isoTime } from "../state/isoTime";
import { l4RuleStateOf, rulesOfProxy, setRulesOfProxy, type L4RuleRecord, type L4RuleStatus, type OriginGroupRecord } from "../state/l4RuleState";
import type { SandboxState } from "../state/sandboxState";

const DAY = 86_400_000;

export type SeedRule = Partial<Omit<L4RuleRecord, "RuleId" | "sandbox" | "Status">> &
  Pick<L4RuleRecord, "Protocol" | "PortRange" | "OriginValue" | "OriginPortRange"> & { Status: L4RuleStatus };

/** Adds seeded rules and origin groups with IDs from a seeded generator, so a seed gives the same IDs every run. */
export class L4RuleSeedBuilder {
  constructor(
    readonly state: SandboxState,
    private readonly random: Random,
    private readonly now: number,
  ) {}

  originGroup(ZoneId: string, Name: string, Type: OriginGroupRecord["Type"], records: string[], days: number): OriginGroupRecord {
    const { originGroups } = l4RuleStateOf(this.state);
    const GroupId = newId("originGroup", (id) => Object.hasOwn(originGroups, id), this.random);
    const time = isoTime(this.now - Math.round(days * DAY));
    const group: OriginGroupRecord = {
      ZoneId,
      GroupId,
      Name,
      Type,
      Records: records.map((Record, i) => ({ Record, Type: "IP_DOMAIN", RecordId: `${GroupId.replace(/^og-/, "rec-")}-${i}`, Weight: records.length > 1 ? 50 : null, Private: false })),
      CreateTime: time,
      UpdateTime: time,
      HostHeader: "",
    };
    originGroups[GroupId] = group;
    return group;
  }

  /** Appends rules to a proxy (settled: a seeded status holds) and keeps its L4ProxyRuleCount. */
  rules(proxyId: string, rules: readonly SeedRule[], days: number): L4RuleRecord[] {
    const existing = rulesOfProxy(this.state, proxyId);
    const taken = new Set(existing.map((r) => r.RuleId));
    const createdMs = this.now - Math.round(days * DAY);
    const added = rules.map((rule): L4RuleRecord => {
      const RuleId = newId("l4Rule", (id) => taken.has(id), this.random);
      taken.add(RuleId);
      return {
        RuleId,
        OriginType: "IP_DOMAIN",
        ClientIPPassThroughMode: "OFF",
        SessionPersist: "off",
        SessionPersistTime: 3600,
        RuleTag: "",
        ...rule,
        sandbox: { createdMs, pending: null },
      };
    });
    setRulesOfProxy(this.state, proxyId, [...existing, ...added]);
    return added;
  }
}
