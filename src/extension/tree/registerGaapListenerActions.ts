import { registerAddRealServers } from "./addRealServers";
import { registerBindListenerOrigins } from "./bindListenerOrigins";
import { registerDeleteListener } from "./deleteListener";
import type { GaapListenerActionContext } from "./gaapListenerAction";
import { registerModifyListener } from "./modifyListener";
import { registerRemoveRealServer } from "./removeRealServer";

/** The context actions on GAAP listeners and origin servers; one module each. Copy ID is registerNodeCommands'. */
const GAAP_LISTENER_ACTIONS: readonly ((ctx: GaapListenerActionContext) => void)[] = [registerModifyListener, registerBindListenerOrigins, registerDeleteListener, registerAddRealServers, registerRemoveRealServer];

export function registerGaapListenerActions(ctx: GaapListenerActionContext): void {
  for (const register of GAAP_LISTENER_ACTIONS) register(ctx);
}
