import { bindListenerRequest } from "../../core/requests/requestFromListener";
import { registerCommand } from "../commands/registerCommand";
import { COMMANDS } from "../constants";
import { openRequestFile, requestText } from "../requests/openRequestFile";
import type { GaapListenerActionContext } from "./gaapListenerAction";
import { nodeTargets } from "./nodeTarget";

/**
 * "Bind Origins…": a BindListenerRealServers file holding the listener's current origin set, read again now (the
 * call replaces the whole set; the preflight shows what the file adds, changes and removes).
 */
export function registerBindListenerOrigins({ context, log, session }: GaapListenerActionContext): void {
  registerCommand(context, log, COMMANDS.bindListenerOrigins, async (node?: unknown) => {
    const [target] = nodeTargets("gaapListener", node, undefined);
    if (!target) return;
    const cloud = await session.getCloud();
    const { bound } = await cloud.gaap.listeners.listenerRealServers(target.listenerId);
    const request = bindListenerRequest(target.listenerId, bound, target.listener);
    await openRequestFile(`BindListenerRealServers-${target.listenerId}`, requestText(request));
  });
}
