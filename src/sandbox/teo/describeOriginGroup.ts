import { ApiError } from "../apiError";
import { reason } from "../errorMessages";
import { defineAction } from "../sandboxAction";
import { l4RuleStateOf, rulesOfProxy, type OriginGroupRecord } from "../state/l4RuleState";
import type { SandboxState, ZoneRecord } from "../state/sandboxState";
import { describeOriginGroupParams } from "../validation/l4RuleSchemas";
import { validateSchema } from "../validation/validateSchema";
import { l4ProxiesOf, requireZone } from "./zoneLookup";

interface Reference {
  InstanceType: string;
  InstanceId: string;
  InstanceName: string;
  ZoneId: string;
  ZoneName: string;
  AliasZoneName: string;
}

/** The L4 proxies of the zone whose rules use each origin group (InstanceType application-proxy), one per proxy. */
function referencesOf(state: SandboxState, zone: ZoneRecord): Map<string, Reference[]> {
  const refs = new Map<string, Reference[]>();
  for (const l4 of l4ProxiesOf(state, zone.ZoneId)) {
    const used = new Set(rulesOfProxy(state, l4.ProxyId).flatMap((rule) => (rule.OriginType === "ORIGIN_GROUP" ? rule.OriginValue : [])));
    for (const groupId of used) {
      const list = refs.get(groupId) ?? [];
      list.push({ InstanceType: "application-proxy", InstanceId: l4.ProxyId, InstanceName: l4.ProxyName, ZoneId: zone.ZoneId, ZoneName: zone.ZoneName, AliasZoneName: zone.AliasZoneName });
      refs.set(groupId, list);
    }
  }
  return refs;
}

type Match = (group: OriginGroupRecord, values: readonly string[], fuzzy: boolean) => boolean;

/** Filter names; a Map, since the names come from requests. origin-group-id has no fuzzy form, as documented. */
const FILTERS = new Map<string, { fuzzy: boolean; match: Match }>([
  ["origin-group-id", { fuzzy: false, match: (g, values) => values.includes(g.GroupId) }],
  ["origin-group-name", { fuzzy: true, match: (g, values, fuzzy) => values.some((v) => (fuzzy ? g.Name.includes(v) : g.Name === v)) }],
]);

export const describeOriginGroup = defineAction({
  name: "DescribeOriginGroup",
  product: "teo",
  writes: false,
  validate: (body) => validateSchema(describeOriginGroupParams, body),
  handle(params, ctx) {
    const zone = requireZone(ctx.state, params.ZoneId);
    let groups = Object.values(l4RuleStateOf(ctx.state).originGroups).filter((g) => g.ZoneId === zone.ZoneId);
    (params.Filters ?? []).forEach((filter, i) => {
      const known = FILTERS.get(filter.Name);
      if (!known) {
        const names = [...FILTERS.keys()].join(", ");
        throw new ApiError("InvalidParameterValue", { name: `Filters.${i}.Name`, ...reason(`it must be one of ${names}`, `可选值为 ${names}`) });
      }
      const fuzzy = filter.Fuzzy === true;
      if (fuzzy && (!known.fuzzy || filter.Values.length > 1)) {
        throw new ApiError("InvalidParameterValue", {
          name: `Filters.${i}.Fuzzy`,
          ...reason(`fuzzy matching takes one origin-group-name value only`, `模糊查询仅支持 origin-group-name，且只能填写一个值`),
        });
      }
      groups = groups.filter((g) => known.match(g, filter.Values, fuzzy));
    });
    groups.sort((a, b) => (a.CreateTime < b.CreateTime ? -1 : a.CreateTime > b.CreateTime ? 1 : a.GroupId < b.GroupId ? -1 : 1));
    const refs = referencesOf(ctx.state, zone);
    const offset = params.Offset ?? 0;
    const page = groups.slice(offset, offset + (params.Limit || 20));
    return {
      TotalCount: groups.length,
      OriginGroups: page.map(({ ZoneId: _zone, Records, ...group }) => ({
        ...group,
        Records: Records.map((r) => ({ ...r, PrivateParameters: [] })),
        References: refs.get(group.GroupId) ?? [],
      })),
    };
  },
});
