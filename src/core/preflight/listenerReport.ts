import type { Blocker, RuleCheck } from "./preflightReport";

/**
 * The preflight of a GAAP listener or origin-server write (listenerPreflight.ts). Minimal for now: what the request
 * acts on and how it stands against the offline rules; the live checks and the bind diff come with the panel's
 * listener view (engineer gaapui).
 */
export interface ListenerReport {
  kind: "gaap-listener";
  action: string;
  target: {
    proxyId?: string;
    groupId?: string;
    /** Modify and Bind: the listener; Delete: the first of ListenerIds. */
    listenerId?: string;
    /** Every ID the request names: ListenerIds, RealServerIds, the bound RealServerIds, or the addresses to add. */
    ids: string[];
  };
  rules: RuleCheck[];
  blockers: Blocker[];
}
