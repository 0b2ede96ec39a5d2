import { isCancelled } from "../errors/cancelledError";
import { silentLogger, type Logger } from "../logger";
import type { ChildFollowOutcome } from "./childPoller";
import { ChildSlot, type AnyChildSlot } from "./childSlot";
import { gaapProxyId, type L4ProxyInfo, type L4RuleInfo } from "./cloudResources";
import { gaapListenerChildren, gaapOriginChildren } from "./gaapListenerChildren";
import type { GaapListenerInfo, GaapOriginInfo, ListenerRef } from "./gaapListenerResources";
import { gaapRealServerChildren } from "./gaapRealServerChildren";
import { l4RuleChildren, type L4ProxyRef } from "./l4RuleChildren";
import type { LoadState } from "./loadState";
import { ModelEvent } from "./modelEvent";
import { PollSchedule, type PollScheduleOptions } from "./pollSchedule";
import type { Page, ProxyDirectory } from "./proxyDirectory";
import { ProxyFilter } from "./proxyFilter";
import { ProxyInventory } from "./proxyInventory";
import { proxyPollTarget, type ProxyRecord, type ProxyRef } from "./proxyPollTarget";
import { classifyGaapProxy, classifyL4Proxy } from "./statusClass";
import { StatusPoller, type FollowOutcome, type FollowUntil } from "./statusPoller";
import { systemTimer, type Timer } from "./timer";
import { TreeBuilder } from "./treeBuilder";
import type { RetryTarget, TreeNode } from "./treeNode";
import type { ListenerOwner } from "../client/listenerOwner";

export interface ProxyTreeModelOptions {
  logger?: Logger;
  timer?: Timer;
  schedule?: PollScheduleOptions;
  /** Starts paused: nothing is listed or polled until `resume()` (the view is not on screen yet). */
  paused?: boolean;
}

/**
 * The Proxies view without VS Code: loads an account's groups, proxies, zones and L4 proxies page by page, keeps
 * them through refreshes, filters them, polls what is in transition, and says when the tree changed.
 * While paused (the view is hidden) it sends nothing on its own: an account set meanwhile is listed on resume, and
 * polling waits for it too (only explicit follows go on, since someone waits for them).
 */
export class ProxyTreeModel {
  /** Fired after every change of what the tree shows (a page arrived, a status moved, the filter changed). */
  readonly onDidChange = new ModelEvent<void>();
  private readonly inventory = new ProxyInventory();
  private readonly log: Logger;
  private readonly timer: Timer;
  /** An L4 proxy's forwarding rules, listed on expand. */
  private readonly l4Rules: ChildSlot<L4ProxyRef, L4RuleInfo>;
  /** Every kind of child listed on expand (L4 rules, GAAP listeners and their origins, origin servers): one ChildSlot each. */
  private readonly slots: readonly AnyChildSlot[];
  /** A GAAP proxy's listeners and a listener's bound origins, listed on expand. */
  private readonly gaapListeners: ChildSlot<ListenerOwner, GaapListenerInfo>;
  private readonly gaapOrigins: ChildSlot<ListenerRef, GaapOriginInfo>;
  private readonly builder: TreeBuilder;
  private directory: ProxyDirectory | undefined;
  private poller: StatusPoller<ProxyRef, ProxyRecord> | undefined;
  private gaapLoad: AbortController | undefined;
  private edgeOneLoad: AbortController | undefined;
  private readonly zoneLoads = new Map<string, AbortController>();
  private paused: boolean;
  /** The account's listing is still owed: it was set (or reset) while paused. */
  private listingOwed = false;

  constructor(private readonly options: ProxyTreeModelOptions = {}) {
    this.log = options.logger ?? silentLogger;
    this.timer = options.timer ?? systemTimer;
    this.paused = options.paused ?? false;
    this.l4Rules = new ChildSlot(l4RuleChildren, () => this.changed(), this.timer, this.log, options.schedule);
    this.gaapListeners = new ChildSlot(gaapListenerChildren, () => this.changed(), this.timer, this.log, options.schedule);
    this.gaapOrigins = new ChildSlot(gaapOriginChildren, () => this.changed(), this.timer, this.log, options.schedule);
    this.slots = [this.l4Rules, this.gaapListeners, this.gaapOrigins, new ChildSlot(gaapRealServerChildren, () => this.changed(), this.timer, this.log, options.schedule)];
    this.builder = new TreeBuilder(this.inventory, this.slots);
  }

  get isPaused(): boolean {
    return this.paused;
  }

  /** Nobody is looking: stop sending what nobody asked for (listing an account set meanwhile, polling). */
  pause(): void {
    this.paused = true;
    this.poller?.pause();
    for (const s of this.slots) s.pause();
  }

  /** Someone looks again: the listing owed since the account was set runs now, and polling goes on. */
  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    if (this.listingOwed) this.refresh();
    this.poller?.resume();
    for (const s of this.slots) s.resume();
  }

  /** Points the model at an account (or at none: the tree is empty and the welcome view shows). Reloads everything. */
  setDirectory(directory: ProxyDirectory | undefined): void {
    this.stopAll();
    this.inventory.clearGaap();
    this.inventory.clearEdgeOne();
    this.builder.forget();
    this.directory = directory;
    this.builder.showOriginServers = directory?.gaapRealServers !== undefined;
    for (const s of this.slots) s.setDirectory(directory, this.paused);
    if (directory) {
      this.poller = new StatusPoller(proxyPollTarget(directory, this.inventory), () => this.changed(), this.timer, this.log, new PollSchedule(this.options.schedule));
      if (this.paused) {
        this.poller.pause();
        this.listingOwed = true;
        this.changed();
      } else this.refresh();
    } else {
      this.listingOwed = false;
      this.changed();
    }
  }

  get hasAccount(): boolean {
    return this.directory !== undefined;
  }

  /** Reloads both sections; what is shown stays until the new listing replaces it. */
  refresh(): void {
    this.listingOwed = false;
    void this.loadGaap();
    void this.loadEdgeOne();
    for (const s of this.slots) s.reloadListed();
  }

  retry(target: RetryTarget): void {
    if (target.section === "gaap") void this.loadGaap();
    else if (target.section === "edgeOne") void this.loadEdgeOne();
    else if (target.section === "zone") void this.loadZone(target.zoneId);
    else this.slots.find((s) => s.name === target.kind)?.retry(target.parentKey);
  }

  get filter(): ProxyFilter | undefined {
    return this.builder.filter;
  }

  /** Sets the filter from what the user typed; blank clears it. Returns the filter in effect. */
  setFilter(text: string | undefined): ProxyFilter | undefined {
    this.builder.filter = text === undefined ? undefined : ProxyFilter.parse(text);
    this.changed();
    return this.builder.filter;
  }

  roots(): TreeNode[] {
    return this.directory ? this.builder.roots() : [];
  }

  /**
   * A node's children; a parent of children listed on expand (an L4 proxy) starts that listing the first time.
   * `list` false: only what needs no request of its own (a group's proxies, not its listeners).
   */
  children(node: TreeNode, list = true): TreeNode[] {
    if (list) for (const s of this.slots) if (s.ensure(node)) break;
    return this.builder.children(node);
  }

  parent(node: TreeNode): TreeNode | undefined {
    return this.builder.parent(node);
  }

  /** The node of a proxy by ID, if the view has it. */
  proxyNode(proxyId: string): TreeNode | undefined {
    return this.builder.proxyNode(proxyId);
  }

  /** The node a listener hangs on (its proxy's or its group's), if the view has it. */
  ownerNode(owner: ListenerOwner): TreeNode | undefined {
    return owner.groupId !== undefined ? this.builder.groupNodeOf(owner.groupId) : this.builder.proxyNode(owner.proxyId);
  }

  isShown(node: TreeNode): boolean {
    return this.builder.isShown(node);
  }

  /** How far a section's listing got, for its root's description. */
  sectionState(section: "gaap" | "edgeOne"): LoadState {
    return section === "gaap" ? this.inventory.gaapProxiesState : this.inventory.zonesState;
  }

  /** Proxies the account has (GAAP, EdgeOne L4, or both), and how many the filter lets through. */
  proxyCounts(section?: "gaap" | "edgeOne"): { total: number; shown: number } {
    let total = 0;
    let shown = 0;
    const tally = (proxyId: string) => {
      total++;
      const node = this.builder.proxyNode(proxyId);
      if (node && this.builder.isShown(node)) shown++;
    };
    if (section !== "edgeOne") for (const p of this.inventory.gaapProxies.values()) tally(gaapProxyId(p));
    if (section !== "gaap") {
      for (const [zoneId, keyed] of this.inventory.l4) {
        if (!this.inventory.zones.has(zoneId)) continue;
        for (const p of keyed.values()) tally(p.ProxyId ?? "");
      }
    }
    return { total, shown };
  }

  /**
   * Polls a proxy now and until it settles (or reaches `until`), adding it to the tree if it is new. An EdgeOne
   * proxy the view does not have yet needs its zone.
   */
  follow(proxyId: string, options: { zoneId?: string; until?: FollowUntil } = {}): Promise<FollowOutcome> {
    if (!this.poller) return Promise.resolve({ outcome: "cancelled" });
    const zoneId = options.zoneId ?? this.inventory.zoneOfL4(proxyId);
    const ref: ProxyRef = zoneId && !this.inventory.gaapProxies.has(proxyId) ? { service: "edgeOne", zoneId, proxyId } : { service: "gaap", proxyId };
    return this.poller.follow([ref], options.until ?? "settled").then(([o]) => o ?? { outcome: "cancelled" });
  }

  /**
   * Lists an L4 proxy's rules again (new ones appear, deleted ones go) and polls `ruleIds` until each settles (or
   * reaches `until`). Resolves per rule, in the order asked.
   */
  followL4Rules(zoneId: string, proxyId: string, ruleIds: readonly string[], until: FollowUntil = "settled"): Promise<ChildFollowOutcome<L4RuleInfo>[]> {
    return this.l4Rules.follow({ zoneId, proxyId }, ruleIds, until);
  }

  /** The rule as the tree has it now. */
  l4Rule(zoneId: string, proxyId: string, ruleId: string): L4RuleInfo | undefined {
    return this.l4Rules.listing.get({ zoneId, proxyId }, ruleId);
  }

  /** The rules of an L4 proxy as listed (empty before its first expand). */
  l4RulesOf(zoneId: string, proxyId: string): L4RuleInfo[] {
    return this.l4Rules.listing.children({ zoneId, proxyId });
  }

  /**
   * Lists a GAAP proxy's or group's listeners again (new ones appear, deleted ones go), polls `listenerIds` until each
   * settles (ListenerStatus 0, or gone), then lists the origins of those still there again so their health shows.
   */
  async followListeners(owner: ListenerOwner, listenerIds: readonly string[], until: FollowUntil = "settled"): Promise<ChildFollowOutcome<GaapListenerInfo>[]> {
    const outcomes = await this.gaapListeners.follow(owner, listenerIds, until);
    for (const o of outcomes) {
      if (o.outcome === "settled") void this.gaapOrigins.listing.reload({ owner, listenerId: o.id, protocol: o.item.Protocol ?? "" });
    }
    return outcomes;
  }

  /** The proxy or group whose listing holds this listener, if any listing does. */
  ownerOfListener(listenerId: string): ListenerOwner | undefined {
    const listing = this.gaapListeners.listing;
    for (const key of listing.keys()) {
      const owner = listing.parentOfKey(key);
      if (owner && listing.get(owner, listenerId) !== undefined) return owner;
    }
    return undefined;
  }

  /** The listener as the tree has it now. */
  gaapListener(owner: ListenerOwner, listenerId: string): GaapListenerInfo | undefined {
    return this.gaapListeners.listing.get(owner, listenerId);
  }

  /** The origins bound to a listener as listed (empty before its first expand). */
  gaapOriginsOf(owner: ListenerOwner, listenerId: string): GaapOriginInfo[] {
    return this.gaapOrigins.listing.children({ owner, listenerId, protocol: "" });
  }

  dispose(): void {
    this.stopAll();
    for (const s of this.slots) s.dispose();
    this.onDidChange.clear();
  }

  private stopAll(): void {
    this.gaapLoad?.abort();
    this.edgeOneLoad?.abort();
    for (const c of this.zoneLoads.values()) c.abort();
    this.zoneLoads.clear();
    this.poller?.dispose();
    this.poller = undefined;
  }

  private changed(): void {
    this.builder.invalidate();
    this.onDidChange.fire();
  }

  private async loadGaap(): Promise<void> {
    const directory = this.directory;
    if (!directory) return;
    this.gaapLoad?.abort();
    const load = (this.gaapLoad = new AbortController());
    const inv = this.inventory;
    inv.groups.beginLoad();
    inv.gaapProxies.beginLoad();
    inv.groupsState = { phase: "loading", loaded: 0 };
    inv.gaapProxiesState = { phase: "loading", loaded: 0 };
    this.changed();
    await Promise.all([
      this.consume("GAAP groups", directory.gaapGroups(load.signal), load.signal, {
        page: (items) => {
          for (const g of items) if (g.GroupId) inv.groups.upsert(g.GroupId, g);
        },
        state: (s) => (inv.groupsState = s),
        sweep: () => inv.groups.sweep(),
      }),
      this.consume("GAAP proxies", directory.gaapProxies(load.signal), load.signal, {
        page: (items) => {
          for (const p of items) {
            inv.upsertGaapProxy(p);
            if (classifyGaapProxy(p) === "transitional") this.poller?.watch({ service: "gaap", proxyId: gaapProxyId(p) });
          }
        },
        state: (s) => (inv.gaapProxiesState = s),
        sweep: () => inv.gaapProxies.sweep(),
      }),
    ]);
  }

  private async loadEdgeOne(): Promise<void> {
    const directory = this.directory;
    if (!directory) return;
    this.edgeOneLoad?.abort();
    const load = (this.edgeOneLoad = new AbortController());
    const inv = this.inventory;
    inv.zones.beginLoad();
    inv.zonesState = { phase: "loading", loaded: 0 };
    this.changed();
    await this.consume("EdgeOne zones", directory.zones(load.signal), load.signal, {
      page: (items) => {
        for (const z of items) {
          if (!z.ZoneId) continue;
          inv.zones.upsert(z.ZoneId, z);
          void this.loadZone(z.ZoneId);
        }
      },
      state: (s) => (inv.zonesState = s),
      sweep: () => {
        for (const zoneId of inv.zones.sweep()) {
          this.zoneLoads.get(zoneId)?.abort();
          inv.l4.delete(zoneId);
          inv.l4States.delete(zoneId);
        }
      },
    });
  }

  private async loadZone(zoneId: string): Promise<void> {
    const directory = this.directory;
    if (!directory) return;
    this.zoneLoads.get(zoneId)?.abort();
    const load = new AbortController();
    this.zoneLoads.set(zoneId, load);
    const inv = this.inventory;
    const keyed = inv.l4Of(zoneId);
    keyed.beginLoad();
    inv.l4States.set(zoneId, { phase: "loading", loaded: 0 });
    this.changed();
    await this.consume(`L4 proxies of ${zoneId}`, directory.l4Proxies(zoneId, load.signal), load.signal, {
      page: (items: readonly L4ProxyInfo[]) => {
        for (const p of items) {
          inv.upsertL4Proxy(zoneId, p);
          if (p.ProxyId && classifyL4Proxy(p) === "transitional") this.poller?.watch({ service: "edgeOne", zoneId, proxyId: p.ProxyId });
        }
      },
      state: (s) => inv.l4States.set(zoneId, s),
      sweep: () => keyed.sweep(),
    });
    if (this.zoneLoads.get(zoneId) === load) this.zoneLoads.delete(zoneId);
  }

  /** Reads a listing page by page into the inventory; a failure becomes the listing's state, never a throw. */
  private async consume<T>(
    what: string,
    pages: AsyncIterable<Page<T>>,
    signal: AbortSignal,
    to: { page: (items: readonly T[]) => void; state: (s: LoadState) => void; sweep: () => void },
  ): Promise<void> {
    const started = this.timer.now();
    let loaded = 0;
    let total: number | undefined;
    let pageCount = 0;
    try {
      for await (const page of pages) {
        if (signal.aborted) return;
        to.page(page.items);
        loaded += page.items.length;
        total = page.total ?? total;
        if (++pageCount === 1) this.log.debug(`${what}: first page (${loaded}${total !== undefined ? ` of ${total}` : ""}) after ${this.timer.now() - started} ms`);
        to.state({ phase: "loading", loaded, ...(total !== undefined ? { total } : {}) });
        this.changed();
      }
      if (signal.aborted) return;
      to.sweep();
      to.state({ phase: "done", loaded });
      this.log.info(`${what}: ${loaded} in ${pageCount} page(s), ${this.timer.now() - started} ms`);
      this.changed();
    } catch (e) {
      if (signal.aborted || isCancelled(e)) return;
      this.log.warn(`${what}: listing failed after ${loaded}: ${e instanceof Error ? e.message : String(e)}`);
      to.state({ phase: "failed", error: e, loaded, ...(total !== undefined ? { total } : {}) });
      this.changed();
    }
  }
}

