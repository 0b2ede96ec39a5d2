import { ApiError } from "../apiError";
import { reason } from "../errorMessages";
import { defineAction } from "../sandboxAction";
import type { GroupRecord } from "../state/sandboxState";
import { describeProxyGroupListParams } from "../validation/gaapSchemas";
import { validateSchema } from "../validation/validateSchema";
import { matchesTags } from "./describeProxies";
import { groupInfo } from "./proxyInfo";

/** Filter names and the field each one matches; a Map, since the names come from requests. */
const FILTER_FIELDS = new Map<string, (g: GroupRecord) => string>([
  ["RealServerRegion", (g) => g.RealServerRegion],
  ["PackageType", (g) => g.PackageType],
]);

export const describeProxyGroupList = defineAction({
  name: "DescribeProxyGroupList",
  product: "gaap",
  writes: false,
  validate: (body) => validateSchema(describeProxyGroupListParams, body),
  handle(params, ctx) {
    // ProjectId -1 means every project.
    let list = Object.values(ctx.state.groups).filter((g) => params.ProjectId === -1 || g.ProjectId === params.ProjectId);
    (params.Filters ?? []).forEach((filter, i) => {
      const field = FILTER_FIELDS.get(filter.Name);
      if (!field) {
        const names = [...FILTER_FIELDS.keys()].join(", ");
        throw new ApiError("InvalidParameterValue", { name: `Filters.${i}.Name`, ...reason(`it must be one of ${names}`, `可选值为 ${names}`) });
      }
      list = list.filter((g) => filter.Values.includes(field(g)));
    });
    list = list.filter((g) => matchesTags(g.TagSet, params.TagSet)).sort((a, b) => b.CreateTime - a.CreateTime || (a.GroupId < b.GroupId ? -1 : 1));
    const page = list.slice(params.Offset, params.Offset + (params.Limit || 20));
    return { TotalCount: list.length, ProxyGroupList: page.map((g) => groupInfo(g, ctx.state.catalog, ctx.language)) };
  },
});
