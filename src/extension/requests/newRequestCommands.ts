import type * as vscode from "vscode";
import { getAction } from "../../core/actions/registry";
import type { Logger } from "../../core/logger";
import { registerCommand } from "../commands/registerCommand";
import { COMMANDS, type CommandId } from "../constants";
import { openRequestFile, requestText } from "./openRequestFile";

const NEW_REQUEST: [CommandId, string][] = [
  [COMMANDS.newCreateProxyRequest, "CreateProxy"],
  [COMMANDS.newCheckProxyCreateRequest, "CheckProxyCreate"],
  [COMMANDS.newModifyProxyConfigurationRequest, "ModifyProxyConfiguration"],
  [COMMANDS.newCreateL4ProxyRequest, "CreateL4Proxy"],
];

/** "New <Action> request": a file from the action's template. */
export function registerNewRequestCommands(context: vscode.ExtensionContext, log: Logger): void {
  for (const [command, actionName] of NEW_REQUEST) {
    const action = getAction(actionName)!;
    registerCommand(context, log, command, () => openRequestFile(action.name, requestText(action.template)));
  }
}
