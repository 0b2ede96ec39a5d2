import * as vscode from "vscode";
import type { BatchOutcome } from "../../core/client/gaapTypes";
import { ApiError } from "../../core/errors/apiError";
import type { Logger } from "../../core/logger";
import { notificationText } from "../../core/text/notificationText";
import type { FollowOutcome, FollowUntil } from "../../core/model/statusPoller";
import type { TreeNode } from "../../core/model/treeNode";
import { registerCommand } from "../commands/registerCommand";
import { COMMANDS } from "../constants";
import type { CloudSession } from "../session/cloudSession";
import { confirmModal, nameRecords } from "./confirmModal";
import { nodeTargets } from "./nodeTarget";
import type { ProxiesView } from "./proxiesView";

type GaapNode = Extract<TreeNode, { kind: "gaapProxy" }>;
type L4Node = Extract<TreeNode, { kind: "l4Proxy" }>;

const named = (nodes: readonly (GaapNode | L4Node)[]) => nameRecords(nodes.map((n) => ({ id: n.proxyId, name: n.proxy.ProxyName })));

/** Says what did not go as asked once the tree has followed the change. */
function report(outcomes: FollowOutcome[], ids: readonly string[], doneText: string): void {
  const stuck = ids.filter((_, i) => outcomes[i]?.outcome === "gaveUp");
  if (stuck.length) void vscode.window.showWarningMessage(notificationText(vscode.l10n.t("{0} did not settle yet; refresh later to see where it stands.", stuck.join(", "))));
  else if (outcomes.every((o) => o.outcome !== "cancelled")) vscode.window.setStatusBarMessage(doneText, 6000);
}

/** The API skipped some proxies (wrong state, or it failed for them): the user hears which. */
function reportSkipped(outcome: BatchOutcome): void {
  const skipped = [...outcome.invalidStatus, ...outcome.operationFailed];
  if (skipped.length) void vscode.window.showWarningMessage(notificationText(vscode.l10n.t("Not changed, as their state does not allow it: {0}", skipped.join(", "))));
}

async function followAll(view: ProxiesView, nodes: readonly (GaapNode | L4Node)[], until: FollowUntil): Promise<FollowOutcome[]> {
  return Promise.all(nodes.map((n) => view.followProxy(n.proxyId, { ...(n.kind === "l4Proxy" ? { zoneId: n.zoneId } : {}), until })));
}

/**
 * Close/Open/Destroy (GAAP) and Online/Offline/Delete (EdgeOne L4): each asks first in a modal that names the IDs,
 * sends once, and then the tree follows the proxies until they settle.
 */
export function registerProxyActions(context: vscode.ExtensionContext, log: Logger, session: CloudSession, view: ProxiesView): void {
  registerCommand(context, log, COMMANDS.closeProxy, async (node?: unknown, selected?: unknown) => {
    const nodes = nodeTargets("gaapProxy", node, selected);
    if (!nodes.length) return;
    await confirmModal(
      vscode.l10n.t("Close {0}?", named(nodes)),
      vscode.l10n.t("A closed proxy stops forwarding traffic, but its base fee is still billed every day. You can open it again later."),
      vscode.l10n.t("Close"),
    );
    const ids = nodes.map((n) => n.proxyId);
    reportSkipped(await (await session.getCloud()).gaap.closeProxies({ ProxyIds: ids }));
    report(await followAll(view, nodes, ["CLOSED"]), ids, vscode.l10n.t("Closed: {0}", ids.join(", ")));
  });

  registerCommand(context, log, COMMANDS.openProxy, async (node?: unknown, selected?: unknown) => {
    const nodes = nodeTargets("gaapProxy", node, selected);
    if (!nodes.length) return;
    await confirmModal(vscode.l10n.t("Open {0}?", named(nodes)), vscode.l10n.t("The proxy starts forwarding traffic again."), vscode.l10n.t("Open"));
    const ids = nodes.map((n) => n.proxyId);
    reportSkipped(await (await session.getCloud()).gaap.openProxies({ ProxyIds: ids }));
    report(await followAll(view, nodes, ["RUNNING"]), ids, vscode.l10n.t("Running: {0}", ids.join(", ")));
  });

  registerCommand(context, log, COMMANDS.destroyProxy, async (node?: unknown, selected?: unknown) => {
    const nodes = nodeTargets("gaapProxy", node, selected);
    if (!nodes.length) return;
    await confirmModal(
      vscode.l10n.t("Destroy {0}?", named(nodes)),
      vscode.l10n.t("The proxy and its listeners are deleted for good and billing stops. This cannot be undone."),
      vscode.l10n.t("Destroy"),
    );
    const ids = nodes.map((n) => n.proxyId);
    const cloud = await session.getCloud();
    let outcome: BatchOutcome;
    try {
      outcome = await cloud.gaap.destroyProxies({ ProxyIds: ids, Force: 0 });
    } catch (e) {
      if (!(e instanceof ApiError && e.code === "FailedOperation.RealServerAlreadyBound")) throw e;
      // Force 0 refused because origin servers are bound: destroying anyway is a second, explicit decision.
      await confirmModal(
        vscode.l10n.t("Origin servers are still bound to {0}. Destroy anyway?", ids.join(", ")),
        vscode.l10n.t("Destroying anyway unbinds the origin servers and deletes the proxy for good."),
        vscode.l10n.t("Destroy Anyway"),
      );
      outcome = await cloud.gaap.destroyProxies({ ProxyIds: ids, Force: 1 });
    }
    reportSkipped(outcome);
    report(await followAll(view, nodes, "gone"), ids, vscode.l10n.t("Destroyed: {0}", ids.join(", ")));
  });

  const setL4Status = async (nodes: L4Node[], status: "online" | "offline") => {
    const cloud = await session.getCloud();
    for (const n of nodes) await cloud.teo.modifyL4ProxyStatus({ ZoneId: n.zoneId, ProxyId: n.proxyId, Status: status });
    return followAll(view, nodes, [status]);
  };

  registerCommand(context, log, COMMANDS.onlineL4Proxy, async (node?: unknown, selected?: unknown) => {
    const nodes = nodeTargets("l4Proxy", node, selected);
    if (!nodes.length) return;
    await confirmModal(vscode.l10n.t("Bring {0} online?", named(nodes)), vscode.l10n.t("The L4 proxy is deployed and starts forwarding traffic."), vscode.l10n.t("Bring Online"));
    const ids = nodes.map((n) => n.proxyId);
    report(await setL4Status(nodes, "online"), ids, vscode.l10n.t("Online: {0}", ids.join(", ")));
  });

  registerCommand(context, log, COMMANDS.offlineL4Proxy, async (node?: unknown, selected?: unknown) => {
    const nodes = nodeTargets("l4Proxy", node, selected);
    if (!nodes.length) return;
    await confirmModal(vscode.l10n.t("Take {0} offline?", named(nodes)), vscode.l10n.t("The L4 proxy stops forwarding traffic until it is brought online again."), vscode.l10n.t("Take Offline"));
    const ids = nodes.map((n) => n.proxyId);
    report(await setL4Status(nodes, "offline"), ids, vscode.l10n.t("Offline: {0}", ids.join(", ")));
  });

  registerCommand(context, log, COMMANDS.deleteL4Proxy, async (node?: unknown, selected?: unknown) => {
    const nodes = nodeTargets("l4Proxy", node, selected);
    if (!nodes.length) return;
    await confirmModal(
      vscode.l10n.t("Delete {0}?", named(nodes)),
      vscode.l10n.t("The L4 proxy and its forwarding rules are deleted for good. One that is online is taken offline first. This cannot be undone."),
      vscode.l10n.t("Delete"),
    );
    // EdgeOne deletes only disabled instances: take the others offline and wait, as Terraform does.
    const live = nodes.filter((n) => n.proxy.Status !== "offline");
    if (live.length) {
      const offline = await setL4Status(live, "offline");
      if (offline.some((o) => o.outcome !== "settled")) throw new Error(vscode.l10n.t("{0} did not go offline, so it was not deleted.", live.map((n) => n.proxyId).join(", ")));
    }
    const cloud = await session.getCloud();
    for (const n of nodes) await cloud.teo.deleteL4Proxy({ ZoneId: n.zoneId, ProxyId: n.proxyId });
    const ids = nodes.map((n) => n.proxyId);
    report(await followAll(view, nodes, "gone"), ids, vscode.l10n.t("Deleted: {0}", ids.join(", ")));
  });
}
