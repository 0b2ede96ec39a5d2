import type { GaapClient } from "../client/gaapClient";
import type { TeoClient } from "../client/teoClient";
import type { TeoRuleClient } from "../client/teoRuleClient";
import type { ListenerReadClient } from "../live/cloudListenerSource";

/**
 * What the preflight reads from the account: a narrow view of the cloud client, so that tests can hand in small
 * fakes and the preflight cannot send anything by mistake (no write is in this list).
 */
export interface PreflightCloud {
  gaap: Pick<GaapClient, "checkProxyCreate" | "inquiryPriceCreateProxy" | "accessRegionsByDestRegion" | "describeProxyDetail" | "findGroup"> & { listeners?: ListenerReadClient };
  teo: Pick<TeoClient, "findZone" | "findL4ProxiesByName" | "describeL4Proxy"> & { rules: Pick<TeoRuleClient, "list" | "listAll" | "listOriginGroups"> };
}
