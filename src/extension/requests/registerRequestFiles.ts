import * as vscode from "vscode";
import { registerCommand } from "../commands/registerCommand";
import { COMMANDS, CONTEXT, REQUEST_FILE_SUFFIX } from "../constants";
import type { ExtensionLog } from "../log/extensionLog";
import { checkRequest } from "./checkRequestCommand";
import { copyAsTccli } from "./copyAsTccliCommand";
import { registerNewRequestCommands } from "./newRequestCommands";
import { registerTreeRequestCommands } from "./treeRequestCommands";
import { RequestCodeActions } from "./requestCodeActions";
import { RequestCodeLens } from "./requestCodeLens";
import { RequestCompletions } from "./requestCompletions";
import { liveChecker } from "./liveChecker";
import type { LiveSource } from "../../core/live/liveSource";
import { RequestDiagnostics } from "./requestDiagnostics";
import { sendRequest, type RequestSender } from "./sendRequestCommand";
import { SeverityConfigs } from "./severityConfigs";

const SELECTOR: vscode.DocumentSelector = [
  { language: "json", pattern: `**/*${REQUEST_FILE_SUFFIX}` },
  { language: "json", scheme: "untitled", pattern: `**/*${REQUEST_FILE_SUFFIX}` },
];

/** Request files: diagnostics, quick fixes, CodeLens and the Check / Send / Copy as tccli / New commands. */
export interface RequestFileDeps {
  /** What Send does with a clean file. */
  sender: RequestSender;
  /** The active account's facts, cached; undefined when there is no account or live checks are off. */
  liveSource: () => LiveSource | undefined;
}

export function registerRequestFiles(context: vscode.ExtensionContext, log: ExtensionLog, deps: RequestFileDeps): RequestDiagnostics {
  const { sender } = deps;
  const logger = log.for("requests");
  const configs = new SeverityConfigs();
  const diagnostics = new RequestDiagnostics(configs, logger);
  context.subscriptions.push(
    configs,
    diagnostics,
    vscode.languages.registerCodeActionsProvider(SELECTOR, new RequestCodeActions(diagnostics), { providedCodeActionKinds: RequestCodeActions.kinds }),
    vscode.languages.registerCodeLensProvider(SELECTOR, new RequestCodeLens()),
    vscode.languages.registerCompletionItemProvider(SELECTOR, new RequestCompletions(deps.liveSource, (doc) => diagnostics.validationOf(doc)), '"', ":", " "),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void vscode.commands.executeCommand("setContext", CONTEXT.untrusted, false)),
  );
  void vscode.commands.executeCommand("setContext", CONTEXT.untrusted, !vscode.workspace.isTrusted);
  diagnostics.setLiveChecker(liveChecker(deps.liveSource, logger));
  registerNewRequestCommands(context, logger);
  registerTreeRequestCommands(context, logger);
  registerCommand(context, logger, COMMANDS.copyAsTccli, (arg?: unknown) => copyAsTccli(diagnostics, arg));
  registerCommand(context, logger, COMMANDS.checkRequest, (arg?: unknown) => checkRequest(diagnostics, arg));
  registerCommand(context, logger, COMMANDS.sendRequest, (arg?: unknown) => sendRequest(diagnostics, sender, arg));
  return diagnostics;
}
