import type { ActionDefinition } from "./actionDefinition";
import { checkProxyCreate } from "./checkProxyCreate";
import { createL4Proxy } from "./createL4Proxy";
import { createL4ProxyRules } from "./createL4ProxyRules";
import { createProxy } from "./createProxy";
import { deleteL4ProxyRules } from "./deleteL4ProxyRules";
import { describeProxyDetail } from "./describeProxyDetail";
import { GAAP_LISTENER_ACTIONS } from "./gaapListenerActions";
import { modifyL4ProxyRules } from "./modifyL4ProxyRules";
import { modifyL4ProxyRulesStatus } from "./modifyL4ProxyRulesStatus";
import { modifyProxyConfiguration } from "./modifyProxyConfiguration";

/**
 * Every action a request file can name. Adding an action is adding its module and one entry here: every table
 * keyed by action name is typed by `ActionName`, so a name that is not here does not compile.
 */
export const ACTIONS = [
  createProxy,
  checkProxyCreate,
  modifyProxyConfiguration,
  createL4Proxy,
  describeProxyDetail,
  createL4ProxyRules,
  modifyL4ProxyRules,
  modifyL4ProxyRulesStatus,
  deleteL4ProxyRules,
  ...GAAP_LISTENER_ACTIONS,
] as const satisfies readonly ActionDefinition[];

/** The name of an action a request file can name. */
export type ActionName = (typeof ACTIONS)[number]["name"];

/** The definition of one action by its name, with its own parameter model. */
export type ActionOf<N extends ActionName> = Extract<(typeof ACTIONS)[number], { name: N }>;

const byName: ReadonlyMap<string, ActionDefinition> = new Map(ACTIONS.map((a) => [a.name, a]));

/** The action a file names (outside text: any string), or undefined. */
export function getAction(name: string): ActionDefinition | undefined {
  return byName.get(name);
}

export const isActionName = (name: string): name is ActionName => byName.has(name);

export const ACTION_NAMES: readonly ActionName[] = ACTIONS.map((a) => a.name);
