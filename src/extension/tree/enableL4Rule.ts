import * as vscode from "vscode";
import { registerCommand } from "../commands/registerCommand";
import { COMMANDS } from "../constants";
import { confirmModal } from "./confirmModal";
import type { L4RuleActionContext } from "./l4RuleAction";
import { reportRules } from "./l4RuleFollow";
import { l4RuleTargets, nameRules } from "./l4RuleTargets";
import { setL4RuleStatus } from "./setL4RuleStatus";

/** Enable: the rules are deployed (ModifyL4ProxyRulesStatus online), then followed until online. */
export function registerEnableL4Rule({ context, log, session, view }: L4RuleActionContext): void {
  registerCommand(context, log, COMMANDS.enableL4Rule, async (node?: unknown, selected?: unknown) => {
    const groups = l4RuleTargets(node, selected);
    if (!groups.length) return;
    await confirmModal(vscode.l10n.t("Enable {0}?", nameRules(groups)), vscode.l10n.t("The rules are deployed and start forwarding their ports."), vscode.l10n.t("Enable"));
    const ids = groups.flatMap((g) => g.rules.map((r) => r.ruleId));
    reportRules(await setL4RuleStatus(session, view, groups, "online"), ["online"], vscode.l10n.t("Enabled: {0}", ids.join(", ")));
  });
}
