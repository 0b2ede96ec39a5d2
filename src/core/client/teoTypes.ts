/** The EdgeOne shapes the client speaks, from the SDK's model declarations (type-only). */
export type * as Teo from "tencentcloud-sdk-nodejs/tencentcloud/services/teo/v20220901/teo_models";

/** How the client came to know a write's result. */
export type TeoResolvedBy =
  /** The API answered this request. */
  | "response"
  /** An attempt failed ambiguously; the client looked at the zone instead of sending it again. */
  | "lookup";

export interface L4CreateOutcome {
  proxyId: string;
  /** "" when found by lookup. */
  requestId: string;
  resolvedBy: TeoResolvedBy;
}

export interface TeoWriteOutcome {
  requestId: string;
  resolvedBy: TeoResolvedBy;
}

export type TeoWaitTarget = "online" | "offline" | "gone";

/** L4 statuses on the way somewhere (deploying, stopping); fail and banned are where a proxy stays. */
export const TEO_TRANSITIONAL: ReadonlySet<string> = new Set(["progress", "stopping"]);

/** The transitional status that shows a status change to `target` was taken up. */
export const TEO_HEADING_TO: Record<"online" | "offline", string> = { online: "progress", offline: "stopping" };
