import type * as vscode from "vscode";
import { getAction, type ActionName } from "../../core/actions/registry";
import type { Logger } from "../../core/logger";
import { registerCommand } from "../commands/registerCommand";
import { COMMANDS, type CommandId } from "../constants";
import { openRequestFile, requestText } from "./openRequestFile";

/**
 * The "New <Action> request" command of every action in the registry: a missing or misspelt action does not
 * compile. package.json contributes each (`tcAccel.new<Action>Request`, titled in package.nls*.json).
 */
const NEW_REQUEST = {
  CreateProxy: COMMANDS.newCreateProxyRequest,
  CheckProxyCreate: COMMANDS.newCheckProxyCreateRequest,
  ModifyProxyConfiguration: COMMANDS.newModifyProxyConfigurationRequest,
  CreateL4Proxy: COMMANDS.newCreateL4ProxyRequest,
  DescribeProxyDetail: COMMANDS.newDescribeProxyDetailRequest,
  CreateL4ProxyRules: COMMANDS.newCreateL4ProxyRulesRequest,
  ModifyL4ProxyRules: COMMANDS.newModifyL4ProxyRulesRequest,
  ModifyL4ProxyRulesStatus: COMMANDS.newModifyL4ProxyRulesStatusRequest,
  DeleteL4ProxyRules: COMMANDS.newDeleteL4ProxyRulesRequest,
  CreateTCPListeners: COMMANDS.newCreateTCPListenersRequest,
  CreateUDPListeners: COMMANDS.newCreateUDPListenersRequest,
  ModifyTCPListenerAttribute: COMMANDS.newModifyTCPListenerAttributeRequest,
  ModifyUDPListenerAttribute: COMMANDS.newModifyUDPListenerAttributeRequest,
  DeleteListeners: COMMANDS.newDeleteListenersRequest,
  AddRealServers: COMMANDS.newAddRealServersRequest,
  RemoveRealServers: COMMANDS.newRemoveRealServersRequest,
  BindListenerRealServers: COMMANDS.newBindListenerRealServersRequest,
} as const satisfies { [N in ActionName]: `tcAccel.new${N}Request` & CommandId };

/** "New <Action> request": a file from the action's template. */
export function registerNewRequestCommands(context: vscode.ExtensionContext, log: Logger): void {
  for (const [actionName, command] of Object.entries(NEW_REQUEST)) {
    const action = getAction(actionName);
    if (action) registerCommand(context, log, command, () => openRequestFile(action.name, requestText(action.template)));
  }
}
