import * as vscode from "vscode";
import type { ProxyTreeModel } from "../../core/model/proxyTreeModel";
import type { TreeNode } from "../../core/model/treeNode";
import { tooltipFor, treeItemFor } from "./treeItemFor";

/** Pages arrive faster than a tree can usefully redraw: the first change shows at once, the rest at this pace. */
const REDRAW_MS = 150;

/** Adapts the vscode-free model to a TreeDataProvider; nothing here decides what the tree holds. */
export class ProxyTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending = false;
  private readonly unsubscribe: () => void;

  constructor(private readonly model: ProxyTreeModel) {
    this.unsubscribe = model.onDidChange.on(() => this.schedule());
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return treeItemFor(node, this.model);
  }

  resolveTreeItem(item: vscode.TreeItem, node: TreeNode): vscode.TreeItem {
    item.tooltip = tooltipFor(node);
    return item;
  }

  getChildren(node?: TreeNode): TreeNode[] {
    return node ? this.model.children(node) : this.model.roots();
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return this.model.parent(node);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.unsubscribe();
    this.changed.dispose();
  }

  private schedule(): void {
    if (this.timer) {
      this.pending = true;
      return;
    }
    this.changed.fire(undefined);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.pending) {
        this.pending = false;
        this.schedule();
      }
    }, REDRAW_MS);
  }
}
