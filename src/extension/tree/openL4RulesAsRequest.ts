import * as vscode from "vscode";
import { createL4RulesRequest } from "../../core/requests/requestFromL4Rule";
import { registerCommand } from "../commands/registerCommand";
import { UserCancelled } from "../commands/userCancelled";
import { COMMANDS } from "../constants";
import { openRequestFile, requestText } from "../requests/openRequestFile";
import type { L4RuleActionContext } from "./l4RuleAction";
import { nodeTargets } from "./nodeTarget";
import { openModifyL4RulesFile } from "./openL4RulesFile";

/** On an L4 proxy, "Open Rules as Request…": CreateL4ProxyRules (no rules yet) or ModifyL4ProxyRules (all its live rules). */
export function registerOpenL4RulesAsRequest({ context, log, session }: L4RuleActionContext): void {
  registerCommand(context, log, COMMANDS.openL4RulesAsRequest, async (node?: unknown) => {
    const [proxy] = nodeTargets("l4Proxy", node, undefined);
    if (!proxy) return;
    const items: (vscode.QuickPickItem & { make: "create" | "modify" })[] = [
      { label: "CreateL4ProxyRules", description: vscode.l10n.t("Add forwarding rules to it"), make: "create" },
      { label: "ModifyL4ProxyRules", description: vscode.l10n.t("Change its forwarding rules, starting from the live ones"), make: "modify" },
    ];
    const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t("Open forwarding rules of {0} as request", proxy.proxyId) });
    if (!pick) throw new UserCancelled();
    if (pick.make === "modify") return openModifyL4RulesFile(session, proxy.zoneId, proxy.proxyId);
    await openRequestFile(`CreateL4ProxyRules-${proxy.proxyId}`, requestText(createL4RulesRequest(proxy.zoneId, proxy.proxyId)));
  });
}
