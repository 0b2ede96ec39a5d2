/** The GAAP shapes the client speaks, straight from the SDK's model declarations (type-only: no runtime cost). */
export type * as Gaap from "tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_models";
import type * as Gaap from "tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_models";

/** How the client came to know a write's result. */
export type ResolvedBy =
  /** The API answered this request. */
  | "response"
  /** An attempt failed ambiguously and a resend was refused as a duplicate; the first attempt's effect was looked up. */
  | "duplicate";

export interface CreateProxyOutcome {
  proxyId: string;
  /** The RequestId of the answer, also the TaskId for DescribeTaskStatus; "" when found by lookup. */
  requestId: string;
  /** Send the same request again with this token and it cannot create a second proxy. */
  clientToken: string;
  resolvedBy: ResolvedBy;
}

export interface WriteOutcome {
  requestId: string;
  clientToken: string;
  resolvedBy: ResolvedBy;
}

/** OpenProxies, CloseProxies and DestroyProxies act on several proxies and report the ones they skipped. */
export interface BatchOutcome extends WriteOutcome {
  /** Not in a state the operation applies to. */
  invalidStatus: string[];
  operationFailed: string[];
}

export type GaapWaitTarget = "RUNNING" | "CLOSED" | "gone";

/** Statuses a proxy passes through on its way somewhere; anything else is where it stays. */
export const GAAP_TRANSITIONAL = new Set(["CREATING", "DESTROYING", "OPENING", "CLOSING", "ADJUSTING", "ISOLATING", "CLONING", "RECOVERING", "MOVING"]);

export type WithToken<R> = R & { ClientToken?: string };
export type ProxyIdsRequest = Pick<Gaap.OpenProxiesRequest, "ProxyIds" | "InstanceIds" | "ClientToken">;
