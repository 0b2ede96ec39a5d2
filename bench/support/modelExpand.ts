// The tree model driven as the Proxies view drives it: getChildren → model.children(node), again on every change.
import { performance } from "node:perf_hooks";
import { cloudDirectory } from "../../src/core/model/cloudDirectory";
import { ProxyTreeModel } from "../../src/core/model/proxyTreeModel";
import type { TreeNode } from "../../src/core/model/treeNode";
import type { Cloud } from "../../src/core/client";

/** Resolves once `ready()` holds, checked now and after every change of the model; rejects after `timeoutMs`. */
function until(model: ProxyTreeModel, what: string, ready: () => boolean, timeoutMs: number): Promise<void> {
  if (ready()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`model: no ${what} after ${timeoutMs} ms`));
    }, timeoutMs);
    const off = model.onDidChange.on(() => {
      if (!ready()) return;
      clearTimeout(timer);
      off();
      resolve();
    });
  });
}

const settled = (model: ProxyTreeModel, section: "gaap" | "edgeOne") => {
  const phase = model.sectionState(section).phase;
  return phase === "done" || phase === "failed";
};

/**
 * A fresh model over `cloud`, its account listed (not timed); then the proxy's node is expanded and timed until
 * its children are listener rows and nothing of them is loading any more. Returns milliseconds and the row count.
 */
export async function expandProxy(cloud: Cloud, proxyId: string, timeoutMs = 30_000): Promise<{ ms: number; rows: number }> {
  const model = new ProxyTreeModel();
  try {
    model.setDirectory(cloudDirectory(cloud));
    await until(model, "account listing", () => settled(model, "gaap") && settled(model, "edgeOne"), timeoutMs);
    const node = model.proxyNode(proxyId);
    if (!node) throw new Error(`model: no node for ${proxyId}`);
    let rows = 0;
    const shown = (children: TreeNode[]) => {
      if (children.some((c) => c.kind === "loading" || c.kind === "error")) return false;
      rows = children.filter((c) => c.kind === "gaapListener").length;
      return rows > 0;
    };
    const t0 = performance.now();
    // `until`'s first check is the view's first getChildren, which starts the listing; it asks again on each change.
    await until(model, `listener rows under ${proxyId}`, () => shown(model.children(node)), timeoutMs);
    return { ms: performance.now() - t0, rows };
  } finally {
    model.dispose();
  }
}
