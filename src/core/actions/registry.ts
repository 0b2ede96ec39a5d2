import type { ActionDefinition } from "./actionDefinition";
import { checkProxyCreate } from "./checkProxyCreate";
import { createL4Proxy } from "./createL4Proxy";
import { createProxy } from "./createProxy";
import { modifyProxyConfiguration } from "./modifyProxyConfiguration";

/** Every action a request file can name. Adding an action is adding its module and one line here. */
export const ACTIONS: readonly ActionDefinition[] = [createProxy, checkProxyCreate, modifyProxyConfiguration, createL4Proxy];

const byName = new Map(ACTIONS.map((a) => [a.name, a]));

export function getAction(name: string): ActionDefinition | undefined {
  return byName.get(name);
}

export const ACTION_NAMES: readonly string[] = ACTIONS.map((a) => a.name);
