import * as vscode from "vscode";
import { cloudDirectory, failingDirectory } from "../../core/model/cloudDirectory";
import { ProxyTreeModel } from "../../core/model/proxyTreeModel";
import type { ChildFollowOutcome } from "../../core/model/childPoller";
import type { L4RuleInfo } from "../../core/model/cloudResources";
import { type GaapListenerInfo } from "../../core/model/gaapListenerResources";
import type { FollowOutcome, FollowUntil } from "../../core/model/statusPoller";
import type { TreeNode } from "../../core/model/treeNode";
import { registerCommand } from "../commands/registerCommand";
import { COMMANDS, CONTEXT, PROXIES_VIEW } from "../constants";
import type { ExtensionLog } from "../log/extensionLog";
import type { CloudSession, SessionState } from "../session/cloudSession";
import type { DeferredTreeProvider } from "./deferredTreeProvider";
import { filterPrompt } from "./filterPrompt";
import { ProxyTreeProvider } from "./proxyTreeProvider";
import { registerNodeCommands } from "./registerNodeCommands";
import { registerGaapListenerActions } from "./registerGaapListenerActions";
import { registerL4RuleActions } from "./registerL4RuleActions";
import { registerProxyActions } from "./registerProxyActions";
import { type ListenerOwner, ownerIdOf } from "../../core/client/listenerOwner";

export interface ProxyLocator {
  /** Needed for an EdgeOne L4 proxy the view does not list yet (one just created). */
  zoneId?: string;
}

/** What other features use of the Proxies view. */
export interface ProxiesView {
  /** Shows and selects a proxy (GAAP `link-…` or EdgeOne `sid-…`), looking it up if the view does not have it yet. */
  revealProxy(proxyId: string, where?: ProxyLocator): Promise<boolean>;
  /** Reveals a proxy and polls it until it settles (or reaches `until`), e.g. after a create or a change. */
  followProxy(proxyId: string, options?: ProxyLocator & { until?: FollowUntil }): Promise<FollowOutcome>;
  /**
   * Reveals an L4 proxy, expands it, lists its rules again (new ones appear, deleted ones go) and polls `ruleIds`
   * until each settles (or reaches `until`, or is gone). Never throws; resolves per rule, in the order given.
   */
  followL4Rules(zoneId: string, proxyId: string, ruleIds: readonly string[], options?: { until?: FollowUntil }): Promise<ChildFollowOutcome<L4RuleInfo>[]>;
  /**
   * Reveals a GAAP proxy or connection group, expands it, lists its listeners again and polls `listenerIds` until
   * each settles (ListenerStatus 0), reaches `until` or is gone; then its origins are listed again. `owner` when
   * known (a create names it), else the proxy or group whose listing holds the listener. Never throws.
   */
  followListeners(listenerIds: readonly string[], options?: { owner?: ListenerOwner; until?: FollowUntil }): Promise<ChildFollowOutcome<GaapListenerInfo>[]>;
}

/** How long a reveal waits for a proxy that is new to the view to be listed. */
const APPEAR_TIMEOUT_MS = 60_000;

/** The tree view as activation created it (see extension.ts), and the provider it answers through. */
export interface ProxiesTree {
  view: vscode.TreeView<TreeNode>;
  provider: DeferredTreeProvider;
}

/**
 * The Proxies view: the tree, its filter, refresh and retry, its context actions, and the follow/reveal API.
 * It sends only while it is on screen: shown, it resolves the account and lists it; hidden, it stops polling.
 * `settled` is told when a follow ends.
 */
export function registerProxiesView(context: vscode.ExtensionContext, log: ExtensionLog, session: CloudSession, tree: ProxiesTree, settled: () => void = () => {}): ProxiesView {
  const logger = log.for("tree");
  const { view } = tree;
  const model = new ProxyTreeModel({ logger, paused: true });
  const provider = new ProxyTreeProvider(model);
  tree.provider.attach(provider);
  context.subscriptions.push({ dispose: () => model.dispose() }, provider);

  const onVisible = (visible: boolean) => {
    if (visible === !model.isPaused) return;
    logger.info(visible ? "Proxies view shown: listing and polling go on" : "Proxies view hidden: polling paused");
    if (!visible) return model.pause();
    void session.ensureResolved();
    model.resume();
  };
  context.subscriptions.push(view.onDidChangeVisibility((e) => onVisible(e.visible)));

  const useSession = (state: SessionState) => {
    if (state.kind === "ready") model.setDirectory(cloudDirectory(state.cloud));
    else if (state.kind === "failed") model.setDirectory(failingDirectory(state.error));
    else if (state.kind === "none") model.setDirectory(undefined);
  };
  context.subscriptions.push(session.onDidChange(useSession));
  useSession(session.state);

  const filterState = new FilterState(view, model);
  const unsubscribe = model.onDidChange.on(() => filterState.show());
  context.subscriptions.push({ dispose: unsubscribe });
  filterState.show();
  onVisible(view.visible);

  registerCommand(context, logger, COMMANDS.refresh, async () => {
    // An account that could not be resolved (a file fixed since, a sandbox started) is resolved again first.
    if (session.state.kind !== "ready") await session.reload();
    else model.refresh();
  });
  registerCommand(context, logger, COMMANDS.filter, () => filterPrompt(model));
  registerCommand(context, logger, COMMANDS.clearFilter, () => void model.setFilter(undefined));
  registerCommand(context, logger, COMMANDS.retry, async (node?: TreeNode) => {
    if (node?.kind !== "error") return;
    if (session.state.kind !== "ready") await session.reload();
    else model.retry(node.retry);
  });

  /** The node `find` finds (a proxy, a listener's owner), now or once the view lists it. */
  const waitForNode = (find: () => TreeNode | undefined): Promise<TreeNode | undefined> => {
    const found = find();
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(undefined), APPEAR_TIMEOUT_MS);
      const stop = model.onDidChange.on(() => {
        const node = find();
        if (node) done(node);
      });
      function done(node: TreeNode | undefined) {
        clearTimeout(timer);
        stop();
        resolve(node);
      }
    });
  };

  const reveal = async (node: TreeNode): Promise<boolean> => {
    // A proxy the filter hides cannot be shown: the filter gives way.
    if (!model.isShown(node)) model.setFilter(undefined);
    try {
      await view.reveal(node, { select: true, focus: false, expand: true });
      return true;
    } catch (e) {
      logger.warn(`Could not reveal ${node.id}: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
  };

  // A follow shows as progress on the view; when it ends, what was read while the resource moved no longer holds.
  const followed = <T>(following: Promise<T>): Promise<T> => Promise.resolve(vscode.window.withProgress({ location: { viewId: PROXIES_VIEW } }, () => following)).finally(settled);

  const api: ProxiesView = {
    async revealProxy(proxyId, where = {}) {
      let node = model.proxyNode(proxyId);
      if (!node) {
        const settled = model.follow(proxyId, { ...where, until: "settled" });
        node = await Promise.race([waitForNode(() => model.proxyNode(proxyId)), settled.then(() => model.proxyNode(proxyId))]);
      }
      return node ? reveal(node) : false;
    },
    followProxy(proxyId, options = {}) {
      const following = model.follow(proxyId, options);
      void waitForNode(() => model.proxyNode(proxyId)).then((node) => node && reveal(node));
      return followed(following);
    },
    async followL4Rules(zoneId, proxyId, ruleIds, options = {}) {
      try {
        const following = model.followL4Rules(zoneId, proxyId, ruleIds, options.until);
        // Revealing expands the proxy, so its rules show as they settle; a proxy the view does not list yet is awaited.
        void waitForNode(() => model.proxyNode(proxyId)).then((node) => node && reveal(node));
        return await followed(following);
      } catch (e) {
        logger.warn(`Following rules ${ruleIds.join(", ")} of ${proxyId} failed: ${e instanceof Error ? e.message : String(e)}`);
        return ruleIds.map((id) => ({ id, outcome: "cancelled" as const }));
      }
    },
    async followListeners(listenerIds, options = {}) {
      const owner = options.owner ?? listenerIds.map((id) => model.ownerOfListener(id)).find((o) => o !== undefined);
      if (!owner) return listenerIds.map((id) => ({ id, outcome: "cancelled" as const }));
      try {
        const following = model.followListeners(owner, listenerIds, options.until);
        void waitForNode(() => model.ownerNode(owner)).then((node) => node && reveal(node));
        return await followed(following);
      } catch (e) {
        logger.warn(`Following listeners ${listenerIds.join(", ")} of ${ownerIdOf(owner)} failed: ${e instanceof Error ? e.message : String(e)}`);
        return listenerIds.map((id) => ({ id, outcome: "cancelled" as const }));
      }
    },
  };

  registerNodeCommands(context, logger, session);
  registerGaapListenerActions({ context, log: logger, session, view: api, model });
  registerProxyActions(context, logger, session, api);
  registerL4RuleActions(context, logger, session, api, model);
  return api;
}

/** The filter in effect shows in the view's title (description) and above the tree (message), and in `when` clauses. */
class FilterState {
  private active: boolean | undefined;

  constructor(
    private readonly view: vscode.TreeView<TreeNode>,
    private readonly model: ProxyTreeModel,
  ) {}

  show(): void {
    const filter = this.model.filter;
    if (this.active !== (filter !== undefined)) {
      this.active = filter !== undefined;
      void vscode.commands.executeCommand("setContext", CONTEXT.filterActive, this.active);
    }
    if (!filter || !this.model.hasAccount) {
      this.view.description = undefined;
      this.view.message = undefined;
      return;
    }
    const { total, shown } = this.model.proxyCounts();
    this.view.description = vscode.l10n.t("Filter: {0}", filter.text);
    this.view.message = vscode.l10n.t("Showing {0} of {1} proxies that match “{2}”.", shown, total, filter.text);
  }
}
