import * as vscode from "vscode";
import type { ChildFollowOutcome } from "../../core/model/childPoller";
import type { L4RuleInfo } from "../../core/model/cloudResources";
import type { FollowUntil } from "../../core/model/statusPoller";
import { notificationText } from "../../core/text/notificationText";
import type { RulesOfProxy } from "./l4RuleTargets";
import { ruleIdsOf } from "./l4RuleTargets";
import type { ProxiesView } from "./proxiesView";

/** Follows every group's rules in the tree until `until`; the outcomes in one list. */
export async function followRuleGroups(view: ProxiesView, groups: readonly RulesOfProxy[], until: FollowUntil): Promise<ChildFollowOutcome<L4RuleInfo>[]> {
  return (await Promise.all(groups.map((g) => view.followL4Rules(g.zoneId, g.proxyId, ruleIdsOf(g), { until })))).flat();
}

/**
 * Says what did not go as asked once the tree followed the change: a rule in `fail` (EdgeOne could not deploy or
 * stop it), one that did not settle yet; else `doneText` in the status bar. Returns whether every rule got there.
 */
export function reportRules(outcomes: readonly ChildFollowOutcome<L4RuleInfo>[], wanted: FollowUntil, doneText: string): boolean {
  const failed = outcomes.filter((o) => o.outcome === "settled" && o.item.Status === "fail").map((o) => o.id);
  const stuck = outcomes.filter((o) => o.outcome === "gaveUp").map((o) => o.id);
  const missed = outcomes.filter((o) => (wanted === "gone" ? o.outcome !== "gone" : Array.isArray(wanted) && o.outcome === "settled" && !wanted.includes(o.item.Status ?? ""))).map((o) => o.id);
  if (failed.length) {
    void vscode.window.showErrorMessage(
      notificationText(vscode.l10n.t("EdgeOne could not deploy or stop {0} (status fail). Try again, or edit the rule: its ports or origin may be refused.", failed.join(", "))),
    );
  } else if (stuck.length) {
    void vscode.window.showWarningMessage(notificationText(vscode.l10n.t("{0} did not settle yet; refresh later to see where it stands.", stuck.join(", "))));
  } else if (outcomes.every((o) => o.outcome !== "cancelled") && missed.length === 0) {
    vscode.window.setStatusBarMessage(notificationText(doneText), 6000);
    return true;
  }
  return failed.length === 0 && stuck.length === 0 && missed.length === 0 && outcomes.every((o) => o.outcome !== "cancelled");
}
