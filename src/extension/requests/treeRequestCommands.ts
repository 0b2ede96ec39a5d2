import * as vscode from "vscode";
import type { Logger } from "../../core/logger";
import type { GaapProxyInfo, L4ProxyInfo } from "../../core/model/cloudResources";
import type { TreeNode } from "../../core/model/treeNode";
import { checkCreationRequest, cloneRequest, l4CloneRequest, modifyRequest, type GaapProxyFields, type L4ProxyFields } from "../../core/requests/requestFromProxy";
import { registerCommand } from "../commands/registerCommand";
import { UserCancelled } from "../commands/userCancelled";
import { COMMANDS } from "../constants";
import { openRequestFile, requestText } from "./openRequestFile";

const gaapFields = (p: GaapProxyInfo): GaapProxyFields => ({ ...(p as GaapProxyFields), ProxyId: p.ProxyId ?? p.InstanceId ?? "" });
const l4Fields = (p: L4ProxyInfo, zoneId: string): L4ProxyFields => ({ ...(p as L4ProxyFields), ZoneId: p.ZoneId ?? zoneId });

function proxyNode(arg: unknown): Extract<TreeNode, { kind: "gaapProxy" | "l4Proxy" }> {
  const node = arg as TreeNode | undefined;
  if (node?.kind === "gaapProxy" || node?.kind === "l4Proxy") return node;
  void vscode.window.showInformationMessage(vscode.l10n.t("Pick a proxy in the Proxies view first."));
  throw new UserCancelled();
}

/** Opens a request prefilled from the node's live proxy, named after the action and the proxy. */
async function openFor(arg: unknown, make: "clone" | "modify" | "check"): Promise<void> {
  const node = proxyNode(arg);
  if (node.kind === "l4Proxy") {
    const request = l4CloneRequest(l4Fields(node.proxy, node.zoneId));
    await openRequestFile(`CreateL4Proxy-${node.proxyId}`, requestText(request));
    return;
  }
  const fields = gaapFields(node.proxy);
  const request = make === "clone" ? cloneRequest(fields) : make === "modify" ? modifyRequest(fields) : checkCreationRequest(fields);
  await openRequestFile(`${String(request.Action)}-${node.proxyId}`, requestText(request));
}

/** Tree context actions that open request files: Clone…, Modify configuration…, Check creation…, Open as request. */
export function registerTreeRequestCommands(context: vscode.ExtensionContext, log: Logger): void {
  registerCommand(context, log, COMMANDS.cloneProxy, (node: unknown) => openFor(node, "clone"));
  registerCommand(context, log, COMMANDS.modifyProxy, (node: unknown) => openFor(node, "modify"));
  registerCommand(context, log, COMMANDS.checkCreation, (node: unknown) => openFor(node, "check"));
  registerCommand(context, log, COMMANDS.openAsRequest, async (node: unknown) => {
    // An L4 proxy has only one request to open (a copy); a GAAP proxy has three, so ask which.
    if (proxyNode(node).kind === "l4Proxy") return openFor(node, "clone");
    const items: (vscode.QuickPickItem & { make: "clone" | "modify" | "check" })[] = [
      { label: "ModifyProxyConfiguration", description: vscode.l10n.t("Change its bandwidth or concurrency"), make: "modify" },
      { label: "CreateProxy", description: vscode.l10n.t("A copy of it (ClonedProxyId)"), make: "clone" },
      { label: "CheckProxyCreate", description: vscode.l10n.t("Check whether its configuration can be created"), make: "check" },
    ];
    const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t("Open as request") });
    if (!pick) throw new UserCancelled();
    return openFor(node, pick.make);
  });
}
