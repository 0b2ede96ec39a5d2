import type { TreeNode } from "../../core/model/treeNode";

/**
 * The nodes a context action applies to: every selected node of the clicked node's kind when the clicked node is
 * part of the selection (VS Code passes both with `canSelectMany`), else the clicked one alone.
 */
export function nodeTargets<K extends TreeNode["kind"]>(kind: K, clicked: unknown, selected: unknown): Extract<TreeNode, { kind: K }>[] {
  const node = clicked as TreeNode | undefined;
  if (node?.kind !== kind) return [];
  const all = Array.isArray(selected) ? (selected as TreeNode[]) : [];
  const same = all.filter((n): n is Extract<TreeNode, { kind: K }> => n?.kind === kind);
  return same.some((n) => n.id === node.id) ? same : [node as Extract<TreeNode, { kind: K }>];
}
