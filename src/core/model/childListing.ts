import { isCancelled } from "../errors/cancelledError";
import type { Logger } from "../logger";
import { MAX_CHILDREN, type ChildKind } from "./childKind";
import { IDLE, type LoadState } from "./loadState";
import type { ProxyDirectory } from "./proxyDirectory";
import { Keyed } from "./proxyInventory";

interface Entry<P, C> {
  parent: P;
  items: Keyed<C>;
  state: LoadState;
  load?: AbortController;
}

/** What a poll did to one child. */
export type ChildChange = "moved" | "updated" | "unchanged" | "removed";

/**
 * The children of one kind, per parent, listed the first time the parent is expanded (never at the account's
 * listing). A reload keeps what is shown until it completes, then drops what is gone and takes the API's order.
 */
export class ChildListing<P, C> {
  private readonly entries = new Map<string, Entry<P, C>>();

  constructor(
    readonly kind: ChildKind<P, C>,
    private readonly directory: () => ProxyDirectory | undefined,
    private readonly changed: () => void,
    private readonly log: Logger,
    /** Called with each child a listing found in a transitional state. */
    private readonly onTransitional: (parent: P, childId: string) => void,
  ) {}

  /** The parent was expanded: lists its children unless they are listed or on their way. */
  ensure(parent: P): void {
    const entry = this.entries.get(this.kind.keyOf(parent));
    if (!entry || entry.state.phase === "idle") void this.load(parent);
  }

  /** Lists a parent's children again (a retry, a refresh, a follow after new children were added). */
  reload(parent: P): Promise<void> {
    return this.load(parent);
  }

  /** Reloads every parent listed so far (the view's Refresh); the others wait for their next expand. */
  reloadListed(): void {
    for (const e of this.entries.values()) if (e.state.phase !== "idle") void this.load(e.parent);
  }

  /** The parent to a retry target's key, if it was ever listed. */
  parentOfKey(key: string): P | undefined {
    return this.entries.get(key)?.parent;
  }

  state(parent: P): LoadState {
    return this.entries.get(this.kind.keyOf(parent))?.state ?? IDLE;
  }

  /** The children shown now (the previous listing's while a reload runs), in API order. */
  children(parent: P): C[] {
    const entry = this.entries.get(this.kind.keyOf(parent));
    return entry ? [...entry.items.values()] : [];
  }

  /** How many children the parent has, when a listing (or a poll) has told: undefined before the first listing. */
  count(parent: P): number | undefined {
    const entry = this.entries.get(this.kind.keyOf(parent));
    return entry && entry.state.phase === "done" ? entry.items.size : undefined;
  }

  get(parent: P, childId: string): C | undefined {
    return this.entries.get(this.kind.keyOf(parent))?.items.get(childId);
  }

  /** Stores what a poll found of one child (or its absence). */
  store(parent: P, childId: string, current: C | undefined): ChildChange {
    const entry = this.entry(parent);
    const before = entry.items.get(childId);
    if (!current) return entry.items.delete(childId) ? "removed" : "unchanged";
    entry.items.upsert(childId, current);
    if (!before || this.kind.classify(before) !== this.kind.classify(current) || statusOf(before) !== statusOf(current)) return "moved";
    return JSON.stringify(before) === JSON.stringify(current) ? "unchanged" : "updated";
  }

  /** The parent is gone (or the account changed): its children go with it. */
  drop(key: string): void {
    this.entries.get(key)?.load?.abort();
    this.entries.delete(key);
  }

  clear(): void {
    for (const e of this.entries.values()) e.load?.abort();
    this.entries.clear();
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }

  private entry(parent: P): Entry<P, C> {
    const key = this.kind.keyOf(parent);
    let entry = this.entries.get(key);
    if (!entry) this.entries.set(key, (entry = { parent, items: new Keyed<C>(), state: IDLE }));
    return entry;
  }

  private async load(parent: P): Promise<void> {
    const directory = this.directory();
    if (!directory) return;
    const entry = this.entry(parent);
    entry.load?.abort();
    const load = (entry.load = new AbortController());
    const what = `${this.kind.name} of ${this.kind.keyOf(parent)}`;
    entry.items.beginLoad();
    entry.state = { phase: "loading", loaded: 0 };
    this.changed();
    let loaded = 0;
    let total: number | undefined;
    const found: string[] = [];
    try {
      for await (const page of this.kind.list(directory, parent, load.signal)) {
        if (load.signal.aborted) return;
        for (const child of page.items) {
          const id = this.kind.idOf(child);
          if (!id || loaded >= MAX_CHILDREN) continue;
          entry.items.upsert(id, child);
          found.push(id);
          loaded++;
        }
        total = page.total ?? total;
        entry.state = { phase: "loading", loaded, ...(total !== undefined ? { total } : {}) };
        this.changed();
        if (loaded >= MAX_CHILDREN) break;
      }
      if (load.signal.aborted) return;
      entry.items.sweep();
      entry.state = { phase: "done", loaded };
      this.log.info(`${what}: ${loaded}`);
      for (const id of found) {
        const child = entry.items.get(id);
        if (child && this.kind.classify(child) === "transitional") this.onTransitional(parent, id);
      }
    } catch (e) {
      if (load.signal.aborted || isCancelled(e)) return;
      this.log.warn(`${what}: listing failed after ${loaded}: ${e instanceof Error ? e.message : String(e)}`);
      entry.state = { phase: "failed", error: e, loaded, ...(total !== undefined ? { total } : {}) };
    } finally {
      if (entry.load === load) entry.load = undefined;
    }
    this.changed();
  }
}

const statusOf = (record: unknown): unknown => (record && typeof record === "object" ? (record as { Status?: unknown }).Status : undefined);
