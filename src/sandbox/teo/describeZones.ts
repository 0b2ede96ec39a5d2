import { ApiError } from "../apiError";
import { reason } from "../errorMessages";
import { defineAction } from "../sandboxAction";
import type { ZoneRecord } from "../state/sandboxState";
import { describeZonesParams } from "../validation/teoSchemas";
import { validateSchema } from "../validation/validateSchema";
import { zoneInfo } from "./zoneInfo";

/** DescribeZones filter names and the values each one looks at; a Map, since the names come from requests. */
const FILTER_FIELDS = new Map<string, (z: ZoneRecord) => string[]>([
  ["zone-name", (z) => [z.ZoneName]],
  ["alias-zone-name", (z) => [z.AliasZoneName]],
  ["zone-type", (z) => [z.Type]],
  ["zone-id", (z) => [z.ZoneId]],
  ["status", (z) => [z.Status]],
  ["tag-key", (z) => z.Tags.map((t) => t.TagKey)],
  ["tag-value", (z) => z.Tags.map((t) => t.TagValue)],
]);
const FUZZY_FILTERS = new Set(["zone-name", "alias-zone-name"]);

const ORDER_KEYS = new Map<string, (z: ZoneRecord) => string>([
  ["type", (z) => z.Type],
  ["area", (z) => z.Area],
  ["create-time", (z) => z.CreatedOn],
  ["zone-name", (z) => z.ZoneName],
  ["use-time", (z) => z.ModifiedOn],
  ["active-status", (z) => z.ActiveStatus],
]);

export const describeZones = defineAction({
  name: "DescribeZones",
  product: "teo",
  writes: false,
  validate: (body) => validateSchema(describeZonesParams, body),
  handle(params, ctx) {
    let zones = Object.values(ctx.state.zones);
    (params.Filters ?? []).forEach((filter, i) => {
      const field = FILTER_FIELDS.get(filter.Name);
      if (!field) {
        const names = [...FILTER_FIELDS.keys()].join(", ");
        throw new ApiError("InvalidParameterValue", { name: `Filters.${i}.Name`, ...reason(`it must be one of ${names}`, `可选值为 ${names}`) });
      }
      if (filter.Fuzzy && !FUZZY_FILTERS.has(filter.Name)) {
        throw new ApiError("InvalidParameterValue", {
          name: `Filters.${i}.Fuzzy`,
          ...reason("fuzzy matching works only for zone-name and alias-zone-name", "仅 zone-name 和 alias-zone-name 支持模糊查询"),
        });
      }
      const matches = (actual: string, wanted: string) => (filter.Fuzzy ? actual.includes(wanted) : actual === wanted);
      zones = zones.filter((z) => field(z).some((actual) => filter.Values.some((wanted) => matches(actual, wanted))));
    });
    const key = ORDER_KEYS.get(params.Order ?? "create-time")!;
    const sign = params.Direction === "asc" ? 1 : -1;
    zones.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.ZoneId < b.ZoneId ? -1 : 1) * sign);
    const offset = params.Offset ?? 0;
    const page = zones.slice(offset, offset + (params.Limit || 20));
    return { TotalCount: zones.length, Zones: page.map(zoneInfo) };
  },
});
