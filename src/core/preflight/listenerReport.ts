import type { BoundOriginFacts, ListenerFacts, ListenerProxyFacts } from "../live/listenerSource";
import type { BindDiff } from "./bindDiff";
import type { Part } from "./part";
import type { Blocker, RuleCheck } from "./preflightReport";

/** A port a create asks for, and who holds it in the same transport space (undefined: free). */
export interface PortCheck {
  port: number;
  transport: "TCP" | "UDP";
  holder?: Pick<ListenerFacts, "listenerId" | "protocol" | "name">;
}

/**
 * The preflight of a GAAP listener or origin-server write (listenerPreflight.ts): what the request acts on, how it
 * stands against the offline rules, and what the account says — the proxy's state and protocols and each port
 * (creates), the live listener (modify, bind), the bind's diff against the live origins, and the steps of a
 * listener with origins.
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
  /** Creates on a proxy: the proxy (undefined value: not in the account). */
  proxy?: Part<ListenerProxyFacts | undefined>;
  /** Creates: every port asked for, free or held. */
  ports?: Part<PortCheck[]>;
  /** Creates: how many listeners the owner has now (quota 50). */
  listenerCount?: number;
  /** Modify and Bind: the listener as it is (undefined value: not in the account). */
  listener?: Part<ListenerFacts | undefined>;
  /** Bind (and a create with origins, against an empty set): the live set beside the file's. */
  bind?: Part<{ live: BoundOriginFacts[]; diff: BindDiff }>;
  /** A create that names origins runs as these steps (stepRunner.ts); absent for a plain send. */
  steps?: string[];
}
