import * as z from "../../core/zod";
import { filters, flagParam, idList, intParam, tagSet } from "./paramSchemas";

// Parameters of the GAAP listener and origin-server reads (gaap_models.d.ts), which the core's request model does not
// cover. The writes are checked by the core's own definitions (validateCoreAction), as the editor checks them.

export const describeListenersParams = z.strictObject({
  ProxyId: z.string().optional(),
  GroupId: z.string().optional(),
  ListenerId: z.string().optional(),
  ListenerName: z.string().optional(),
  Port: intParam(1, 65535).optional(),
  Offset: intParam(0).optional(),
  Limit: intParam(0, 100).optional(),
  SearchValue: z.string().max(100).optional(),
});

/** DescribeHTTPSListeners also filters by Http3Supported. */
export const describeHttpsListenersParams = describeListenersParams.extend({ Http3Supported: flagParam().optional() });

export const describeRealServersParams = z.strictObject({
  ProjectId: intParam(-1),
  SearchValue: z.string().max(255).optional(),
  Offset: intParam(0).optional(),
  Limit: intParam(0, 50).optional(),
  TagSet: tagSet(5).optional(),
  Filters: filters(10, 5).optional(),
});

export const realServerIdsParams = z.strictObject({ RealServerIds: idList().min(1) });

export const describeListenerRealServersParams = z.strictObject({ ListenerId: z.string() });
