import type * as vscode from "vscode";
import type { Logger } from "../../core/logger";
import type { ProxyTreeModel } from "../../core/model/proxyTreeModel";
import type { CloudSession } from "../session/cloudSession";
import { registerDeleteL4Rule } from "./deleteL4Rule";
import { registerDisableL4Rule } from "./disableL4Rule";
import { registerEnableL4Rule } from "./enableL4Rule";
import type { L4RuleActionContext } from "./l4RuleAction";
import { registerModifyL4Rule } from "./modifyL4Rule";
import { registerOpenL4RulesAsRequest } from "./openL4RulesAsRequest";
import type { ProxiesView } from "./proxiesView";

/** The context actions on forwarding rules and on an L4 proxy's rules; one module each. Copy ID is registerNodeCommands'. */
const L4_RULE_ACTIONS: readonly ((ctx: L4RuleActionContext) => void)[] = [
  registerEnableL4Rule,
  registerDisableL4Rule,
  registerModifyL4Rule,
  registerDeleteL4Rule,
  registerOpenL4RulesAsRequest,
];

export function registerL4RuleActions(context: vscode.ExtensionContext, log: Logger, session: CloudSession, view: ProxiesView, model: ProxyTreeModel): void {
  for (const register of L4_RULE_ACTIONS) register({ context, log, session, view, model });
}
