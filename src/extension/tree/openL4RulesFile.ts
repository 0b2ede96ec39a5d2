import * as vscode from "vscode";
import { modifyL4RulesRequest } from "../../core/requests/requestFromL4Rule";
import { notificationText } from "../../core/text/notificationText";
import { openRequestFile, requestText } from "../requests/openRequestFile";
import type { CloudSession } from "../session/cloudSession";

/**
 * Opens a ModifyL4ProxyRules file pre-filled from the live rules of a proxy (all of them, or `ruleIds`), read
 * again now rather than taken from the tree, so the file starts from what EdgeOne has.
 */
export async function openModifyL4RulesFile(session: CloudSession, zoneId: string, proxyId: string, ruleIds?: readonly string[]): Promise<void> {
  const cloud = await session.getCloud();
  const live = await cloud.teo.rules.listAll(zoneId, proxyId);
  const wanted = ruleIds ? new Set(ruleIds) : undefined;
  const rules = wanted ? live.filter((r) => typeof r.RuleId === "string" && wanted.has(r.RuleId)) : live;
  const missing = ruleIds?.filter((id) => !rules.some((r) => r.RuleId === id)) ?? [];
  if (missing.length) void vscode.window.showWarningMessage(notificationText(vscode.l10n.t("{0} is no longer on {1}: left out of the file.", missing.join(", "), proxyId)));
  if (rules.length === 0) {
    void vscode.window.showInformationMessage(notificationText(vscode.l10n.t("{0} has no forwarding rules to modify.", proxyId)));
    return;
  }
  const { request, omitted } = modifyL4RulesRequest(zoneId, proxyId, rules);
  if (omitted > 0) void vscode.window.showWarningMessage(notificationText(vscode.l10n.t("One request takes at most 200 rules: the file holds the first 200, {0} more are left out.", omitted)));
  await openRequestFile(`ModifyL4ProxyRules-${proxyId}`, requestText(request));
}
