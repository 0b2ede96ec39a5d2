import { strict as assert } from "node:assert";
import { ProxyTreeModel } from "../../../src/core/model/proxyTreeModel";
import type { TreeNode } from "../../../src/core/model/treeNode";
import type { FakeDirectory } from "./fakeDirectory";
import { ManualTimer, settle } from "./manualTimer";

/** Short delays so a test sees the backoff in a few steps: 1 s, 2 s, 4 s, 8 s; a minute to give up. */
export const TEST_SCHEDULE = { initialMs: 1000, factor: 2, maxMs: 8000, giveUpAfterMs: 60_000 };

/** A model on a fake account, on a clock the test moves, once the account's listing has come in. */
export async function modelOnAccount<D extends FakeDirectory>(directory: D): Promise<{ model: ProxyTreeModel; directory: D; timer: ManualTimer }> {
  const timer = new ManualTimer();
  const model = new ProxyTreeModel({ timer, schedule: TEST_SCHEDULE });
  model.setDirectory(directory);
  await settle();
  return { model, directory, timer };
}

/** The node of a listed proxy (GAAP or L4); the test fails when the tree has none of that kind. */
export function proxyNodeOf<K extends "gaapProxy" | "l4Proxy">(model: ProxyTreeModel, proxyId: string, kind: K): Extract<TreeNode, { kind: K }> {
  const n = model.proxyNode(proxyId);
  assert.ok(n && n.kind === kind, `${proxyId} listed`);
  return n as Extract<TreeNode, { kind: K }>;
}
