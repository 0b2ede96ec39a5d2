import * as vscode from "vscode";
import type { Logger } from "../../core/logger";
import { consoleUrl, type ConsoleTarget } from "../../core/model/consoleUrl";
import type { TreeNode } from "../../core/model/treeNode";
import { registerCommand } from "../commands/registerCommand";
import { readConfiguration } from "../configuration";
import { COMMANDS } from "../constants";
import type { CloudSession } from "../session/cloudSession";

function idOf(node: TreeNode | undefined): string | undefined {
  switch (node?.kind) {
    case "gaapProxy":
    case "l4Proxy":
      return node.proxyId;
    case "gaapGroup":
      return node.groupId;
    case "zone":
      return node.zoneId;
    case "l4Rule":
      return node.ruleId;
    case "gaapListener":
      return node.listenerId;
    case "gaapOrigin":
      return node.origin.RealServerId;
    case "gaapRealServer":
      return node.realServerId;
    default:
      return undefined;
  }
}

function consoleTarget(node: TreeNode | undefined): ConsoleTarget | undefined {
  switch (node?.kind) {
    case "gaapProxy":
      return { kind: "gaapProxy", proxyId: node.proxyId };
    case "gaapGroup":
      return { kind: "gaapGroup", groupId: node.groupId };
    case "zone":
      return { kind: "zone", zoneId: node.zoneId };
    case "l4Proxy":
      return { kind: "l4Proxy", zoneId: node.zoneId, proxyId: node.proxyId };
    default:
      return undefined;
  }
}

/** Copy ID and Open in Console, for proxies, groups and zones (Copy ID for forwarding rules too). */
export function registerNodeCommands(context: vscode.ExtensionContext, log: Logger, session: CloudSession): void {
  registerCommand(context, log, COMMANDS.copyId, async (node?: TreeNode, selected?: TreeNode[]) => {
    // Several selected rows: their IDs, one a line, in the order shown.
    const nodes = selected?.some((n) => n.id === node?.id) ? selected : node ? [node] : [];
    const ids = nodes.map(idOf).filter((id): id is string => !!id);
    if (ids.length === 0) return;
    await vscode.env.clipboard.writeText(ids.join("\n"));
    vscode.window.setStatusBarMessage(vscode.l10n.t("Copied: {0}", ids.join(", ")), 4000);
  });

  registerCommand(context, log, COMMANDS.openInConsole, async (node?: TreeNode) => {
    const target = consoleTarget(node);
    if (!target) return;
    if (session.state.kind === "ready" && session.state.account.endpoint.kind === "sandbox") {
      void vscode.window.showInformationMessage(vscode.l10n.t("This comes from the local sandbox, not from Tencent Cloud: the console does not know it."));
      return;
    }
    const link = consoleUrl(target, readConfiguration().site);
    await vscode.env.openExternal(vscode.Uri.parse(link.url, true));
    if (link.searchFor) {
      // The console's list pages have no address per record: the ID goes to the clipboard for its search box.
      await vscode.env.clipboard.writeText(link.searchFor);
      vscode.window.setStatusBarMessage(vscode.l10n.t("Copied {0}: paste it into the console's search box.", link.searchFor), 8000);
    }
  });
}
