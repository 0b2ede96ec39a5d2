import * as vscode from "vscode";
import { registerCommand } from "../commands/registerCommand";
import { COMMANDS } from "../constants";
import { confirmModal } from "./confirmModal";
import type { L4RuleActionContext } from "./l4RuleAction";
import { reportRules } from "./l4RuleFollow";
import { l4RuleTargets, nameRules } from "./l4RuleTargets";
import { setL4RuleStatus } from "./setL4RuleStatus";

/** Disable: the rules stop forwarding (ModifyL4ProxyRulesStatus offline), then followed until offline. */
export function registerDisableL4Rule({ context, log, session, view }: L4RuleActionContext): void {
  registerCommand(context, log, COMMANDS.disableL4Rule, async (node?: unknown, selected?: unknown) => {
    const groups = l4RuleTargets(node, selected);
    if (!groups.length) return;
    await confirmModal(
      vscode.l10n.t("Disable {0}?", nameRules(groups)),
      vscode.l10n.t("The rules stop forwarding their ports until they are enabled again."),
      vscode.l10n.t("Disable"),
    );
    const ids = groups.flatMap((g) => g.rules.map((r) => r.ruleId));
    reportRules(await setL4RuleStatus(session, view, groups, "offline"), ["offline"], vscode.l10n.t("Disabled: {0}", ids.join(", ")));
  });
}
