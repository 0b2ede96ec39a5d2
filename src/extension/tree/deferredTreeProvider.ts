import * as vscode from "vscode";
import type { TreeNode } from "../../core/model/treeNode";

/**
 * The Proxies view's data provider from activation on. The view must exist at activation (its visibility decides
 * when anything is listed), but its real provider lives in the part of the extension that loads on first need:
 * asked for anything before that part is attached, it loads it (`load`), then answers through it.
 */
export class DeferredTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | TreeNode[] | undefined | null | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private target: vscode.TreeDataProvider<TreeNode> | undefined;
  private subscription: vscode.Disposable | undefined;

  constructor(private readonly load: () => void) {}

  attach(target: vscode.TreeDataProvider<TreeNode>): void {
    this.subscription?.dispose();
    this.target = target;
    this.subscription = target.onDidChangeTreeData?.((e) => this.changed.fire(e));
    this.changed.fire(undefined);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem | Thenable<vscode.TreeItem> {
    return this.real().getTreeItem(node);
  }

  getChildren(node?: TreeNode): vscode.ProviderResult<TreeNode[]> {
    return this.real().getChildren(node);
  }

  getParent(node: TreeNode): vscode.ProviderResult<TreeNode> {
    return this.real().getParent?.(node);
  }

  resolveTreeItem(item: vscode.TreeItem, node: TreeNode, token: vscode.CancellationToken): vscode.ProviderResult<vscode.TreeItem> {
    const real = this.real();
    return real.resolveTreeItem ? real.resolveTreeItem(item, node, token) : item;
  }

  dispose(): void {
    this.subscription?.dispose();
    this.changed.dispose();
  }

  private real(): vscode.TreeDataProvider<TreeNode> {
    if (!this.target) this.load();
    if (!this.target) throw new Error(vscode.l10n.t("The Proxies view could not load its contents; the log says why."));
    return this.target;
  }
}
