import type { ActionDefinition } from "./actionDefinition";
import { checkProxyCreate } from "./checkProxyCreate";
import { createL4Proxy } from "./createL4Proxy";
import { createProxy } from "./createProxy";
import { describeProxyDetail } from "./describeProxyDetail";
import { GAAP_LISTENER_ACTIONS } from "./gaapListenerActions";
import { modifyProxyConfiguration } from "./modifyProxyConfiguration";

/**
 * Every action a request file can name. Adding an action is adding its module and one entry here: every table
 * keyed by action name is typed by `ActionName`, so a name that is not here does not compile.
 */
export const ACTIONS = [createProxy, checkProxyCreate, modifyProxyConfiguration, createL4Proxy, describeProxyDetail, ...GAAP_LISTENER_ACTIONS] as const satisfies readonly ActionDefinition[];

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
