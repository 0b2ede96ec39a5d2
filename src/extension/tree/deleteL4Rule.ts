import * as vscode from "vscode";
import { notificationText } from "../../core/text/notificationText";
import { registerCommand } from "../commands/registerCommand";
import { COMMANDS } from "../constants";
import { confirmModal } from "./confirmModal";
import type { L4RuleActionContext } from "./l4RuleAction";
import { followRuleGroups, reportRules } from "./l4RuleFollow";
import { l4RuleTargets, nameRules, ruleIdsOf, type RulesOfProxy } from "./l4RuleTargets";
import { setL4RuleStatus } from "./setL4RuleStatus";

/**
 * Delete: asks in a modal naming the IDs; rules not offline are taken offline first (EdgeOne deletes rules that
 * are offline, as Terraform does it), the user is told so, and the delete waits until they are; then
 * DeleteL4ProxyRules once per proxy, and the tree follows until they are gone.
 */
export function registerDeleteL4Rule({ context, log, session, view, model }: L4RuleActionContext): void {
  registerCommand(context, log, COMMANDS.deleteL4Rule, async (node?: unknown, selected?: unknown) => {
    const groups = l4RuleTargets(node, selected);
    if (!groups.length) return;
    await confirmModal(
      vscode.l10n.t("Delete {0}?", nameRules(groups)),
      vscode.l10n.t("The forwarding rules are deleted for good and their ports stop forwarding. Rules that are online are taken offline first. This cannot be undone."),
      vscode.l10n.t("Delete"),
    );
    const ids = groups.flatMap(ruleIdsOf);
    const statusNow = (g: RulesOfProxy, ruleId: string) => model.l4Rule(g.zoneId, g.proxyId, ruleId)?.Status;
    const live = groups
      .map((g) => ({ ...g, rules: g.rules.filter((r) => (statusNow(g, r.ruleId) ?? r.rule.Status) !== "offline") }))
      .filter((g) => g.rules.length > 0);
    if (live.length) {
      const liveIds = live.flatMap(ruleIdsOf);
      vscode.window.setStatusBarMessage(notificationText(vscode.l10n.t("Taking {0} offline first: EdgeOne deletes only rules that are offline.", liveIds.join(", "))), 10_000);
      void vscode.window.showInformationMessage(notificationText(vscode.l10n.t("Taking {0} offline first: EdgeOne deletes only rules that are offline.", liveIds.join(", "))));
      const offline = await setL4RuleStatus(session, view, live, "offline");
      const notOffline = offline.filter((o) => o.outcome !== "settled" || o.item.Status !== "offline").map((o) => o.id);
      if (notOffline.length) throw new Error(vscode.l10n.t("{0} did not go offline, so nothing was deleted.", notOffline.join(", ")));
    }
    const cloud = await session.getCloud();
    for (const g of groups) await cloud.teo.rules.delete({ ZoneId: g.zoneId, ProxyId: g.proxyId, RuleIds: ruleIdsOf(g) });
    reportRules(await followRuleGroups(view, groups, "gone"), "gone", vscode.l10n.t("Deleted: {0}", ids.join(", ")));
  });
}
