import { registerBindListenerOrigins } from "./bindListenerOrigins";
import { registerDeleteListener } from "./deleteListener";
import type { GaapListenerActionContext } from "./gaapListenerAction";
import { registerModifyListener } from "./modifyListener";

/** The context actions on GAAP listeners; one module each. Copy ID is registerNodeCommands'. */
const GAAP_LISTENER_ACTIONS: readonly ((ctx: GaapListenerActionContext) => void)[] = [registerModifyListener, registerBindListenerOrigins, registerDeleteListener];

export function registerGaapListenerActions(ctx: GaapListenerActionContext): void {
  for (const register of GAAP_LISTENER_ACTIONS) register(ctx);
}
