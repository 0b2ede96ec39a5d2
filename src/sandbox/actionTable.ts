import { SERVICE_VERSIONS } from "../core/actions/actionDefinition";
import { checkProxyCreate, createProxy } from "./gaap/createProxy";
import { describeProxies, describeProxiesStatus, describeProxyDetail } from "./gaap/describeProxies";
import { describeProxyGroupList } from "./gaap/describeProxyGroupList";
import { describeAccessRegionsByDestRegion, describeDestRegions } from "./gaap/describeRegions";
import { describeTaskStatus } from "./gaap/describeTaskStatus";
import { GAAP_LISTENER_ACTIONS } from "./gaap/listenerActions";
import { inquiryPriceCreateProxy } from "./gaap/inquiryPriceCreateProxy";
import { modifyProxiesAttribute, modifyProxyConfiguration } from "./gaap/modifyProxies";
import { closeProxies, destroyProxies, openProxies } from "./gaap/proxyLifecycle";
import type { Product, SandboxAction } from "./sandboxAction";
import { deleteL4Proxy, modifyL4Proxy, modifyL4ProxyStatus } from "./teo/changeL4Proxy";
import { createL4ProxyRules } from "./teo/createL4ProxyRules";
import { deleteL4ProxyRules } from "./teo/deleteL4ProxyRules";
import { describeL4ProxyRules } from "./teo/describeL4ProxyRules";
import { describeOriginGroup } from "./teo/describeOriginGroup";
import { describeZones } from "./teo/describeZones";
import { createL4Proxy, describeL4Proxy } from "./teo/l4Proxies";
import { modifyL4ProxyRules } from "./teo/modifyL4ProxyRules";
import { modifyL4ProxyRulesStatus } from "./teo/modifyL4ProxyRulesStatus";

/** Every emulated action; the rest of each product's API answers InvalidAction. */
export const SANDBOX_ACTIONS: readonly SandboxAction[] = [
  describeProxies,
  describeProxiesStatus,
  describeProxyDetail,
  describeProxyGroupList,
  describeDestRegions,
  describeAccessRegionsByDestRegion,
  checkProxyCreate,
  inquiryPriceCreateProxy,
  createProxy,
  modifyProxyConfiguration,
  modifyProxiesAttribute,
  openProxies,
  closeProxies,
  destroyProxies,
  describeTaskStatus,
  ...GAAP_LISTENER_ACTIONS,
  describeZones,
  describeL4Proxy,
  createL4Proxy,
  modifyL4Proxy,
  modifyL4ProxyStatus,
  deleteL4Proxy,
  describeL4ProxyRules,
  createL4ProxyRules,
  modifyL4ProxyRules,
  modifyL4ProxyRulesStatus,
  deleteL4ProxyRules,
  describeOriginGroup,
];

const byProductAndName = new Map(SANDBOX_ACTIONS.map((a) => [`${a.product}/${a.name}`, a]));

/** GAAP and EdgeOne share the endpoint (the SDK's scope says "127" for both): X-TC-Version tells them apart. */
export function productOfVersion(version: string): Product | undefined {
  return (Object.keys(SERVICE_VERSIONS) as Product[]).find((product) => SERVICE_VERSIONS[product] === version);
}

export const findAction = (product: Product, name: string): SandboxAction | undefined => byProductAndName.get(`${product}/${name}`);
