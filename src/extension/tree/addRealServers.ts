import { getAction } from "../../core/actions/registry";
import { registerCommand } from "../commands/registerCommand";
import { COMMANDS } from "../constants";
import { openRequestFile, requestText } from "../requests/openRequestFile";
import type { GaapListenerActionContext } from "./gaapListenerAction";

/** "Add Origin Servers…" on the Origin servers node: an AddRealServers file from the action's template. */
export function registerAddRealServers({ context, log }: GaapListenerActionContext): void {
  registerCommand(context, log, COMMANDS.addRealServers, async () => {
    const action = getAction("AddRealServers");
    if (action) await openRequestFile(action.name, requestText(action.template));
  });
}
