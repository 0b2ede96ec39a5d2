import type { Language } from "../core/messages/language";
import type { ProxyDirectory } from "../core/model/proxyDirectory";
import { boundOriginHealth, listenerHealth } from "../core/model/listenerHealth";
import { ProxyTreeModel } from "../core/model/proxyTreeModel";
import { statusWord } from "../core/model/statusWords";
import type { TreeNode, TreeNodeKind } from "../core/model/treeNode";

/** One node of `tcaccel list`, as the Proxies view shows it; `--format json` prints these. */
export interface ListEntry {
  kind: string;
  id: string;
  name: string;
  status?: string;
  /** Region, area, sizes: what the view's description shows beside the name. */
  detail?: string;
  children?: ListEntry[];
  /** Its children could not be listed: the error's code (the error itself is in the listing's failures). */
  failed?: string;
}

/** A listing that failed, under the node it belongs to. */
export interface ListFailure {
  /** The tree node whose children could not be listed ("gaap", "edgeOne", "edgeOne/zone/zone-…"). */
  under: string;
  error: unknown;
}

type Region = { RegionId?: string } | null | undefined;
const regionOf = (info: Region, plain: string | undefined): string => info?.RegionId || plain || "?";
const joined = (...parts: (string | false | undefined)[]): string => parts.filter((p): p is string => !!p).join(" · ");
const withStatus = (status: string | undefined) => (status ? { status } : {});
const withDetail = (detail: string) => (detail ? { detail } : {});

type Entry = Omit<ListEntry, "children">;

/**
 * How each kind of node is listed. A kind the tree gains later (listeners, L4 rules) is listed by `generic` until it
 * gets its line here. `undefined`: the loading, error and empty placeholders, which the walk handles itself.
 */
type Words = (en: string, zh: string) => string;

const healthWord = (health: string, w: Words): string => w(statusWord("gaapHealth", health, "en"), statusWord("gaapHealth", health, "zh-cn"));

const ENTRY: { [K in TreeNodeKind]?: (node: Extract<TreeNode, { kind: K }>, w: Words) => Entry | undefined } = {
  gaapRoot: (n) => ({ kind: "gaap", id: n.id, name: "GAAP" }),
  edgeOneRoot: (n) => ({ kind: "edgeOne", id: n.id, name: "EdgeOne" }),
  gaapOriginServers: (n, w) => ({ kind: "originServers", id: n.id, name: w("Origin servers", "源站") }),
  gaapRealServer: (n) => ({ kind: "realServer", id: n.realServerId, name: n.server.RealServerName ?? "", ...withDetail(joined(n.server.RealServerIP, n.server.ProjectId !== undefined && `project ${n.server.ProjectId}`)) }),
  gaapGroup: (n, w) => ({
    kind: "group",
    id: n.groupId,
    name: n.group.GroupName ?? "",
    ...withStatus(n.group.Status),
    ...withDetail(joined(n.group.RealServerRegionInfo?.RegionId, w(`${n.proxyCount} proxies`, `${n.proxyCount} 个通道`))),
  }),
  gaapProxy: (n, w) => ({
    kind: "proxy",
    id: n.proxyId,
    name: n.proxy.ProxyName ?? "",
    ...withStatus(n.proxy.Status),
    ...withDetail(
      joined(
        `${regionOf(n.proxy.AccessRegionInfo, n.proxy.AccessRegion)} → ${regionOf(n.proxy.RealServerRegionInfo, n.proxy.RealServerRegion)}`,
        n.proxy.Bandwidth !== undefined && `${n.proxy.Bandwidth} Mbps`,
        n.proxy.Concurrent !== undefined && w(`${n.proxy.Concurrent}×10k connections`, `${n.proxy.Concurrent} 万并发`),
      ),
    ),
  }),
  zone: (n, w) => ({
    kind: "zone",
    id: n.zoneId,
    name: n.zone.ZoneName ?? "",
    ...withStatus(n.zone.Status),
    ...withDetail(joined(n.zone.Area, n.zone.Paused === true && w("paused", "已暂停"), w(`${n.proxyCount} L4 proxies`, `${n.proxyCount} 个四层代理`))),
  }),
  l4Proxy: (n, w) => ({
    kind: "l4Proxy",
    id: n.proxyId,
    name: n.proxy.ProxyName ?? "",
    ...withStatus(n.proxy.Status),
    ...withDetail(joined(n.proxy.Area, n.proxy.Ipv6 === "on" && "IPv6", n.proxy.StaticIp === "on" && w("static IP", "固定 IP"))),
  }),
  l4Rule: (n, w) => ({
    kind: "l4Rule",
    id: n.ruleId,
    name: n.rule.RuleTag ?? "",
    ...withStatus(n.rule.Status),
    ...withDetail(
      joined(
        `${n.rule.Protocol ?? "?"} ${(n.rule.PortRange ?? []).join(",")} → ${(n.rule.OriginValue ?? []).join(",")}${n.rule.OriginPortRange ? `:${n.rule.OriginPortRange}` : ""}`,
        n.rule.ClientIPPassThroughMode !== undefined && n.rule.ClientIPPassThroughMode !== "OFF" && n.rule.ClientIPPassThroughMode,
        n.rule.SessionPersist === "on" && w(`session persistence ${n.rule.SessionPersistTime ?? 3600} s`, `会话保持 ${n.rule.SessionPersistTime ?? 3600} 秒`),
      ),
    ),
  }),
  gaapListener: (n, w) => ({
    kind: "listener",
    id: n.listenerId,
    name: n.listener.ListenerName ?? "",
    // ListenerStatus is a number: its word (running, creating, …), in English for scripts as the API codes are.
    ...withStatus(n.listener.ListenerStatus === undefined ? undefined : statusWord("gaapListener", String(n.listener.ListenerStatus), "en")),
    ...withDetail(joined(`${n.listener.Protocol ?? "?"} ${n.listener.Port ?? "?"}`, n.listener.Scheduler, healthWord(listenerHealth(n.listener), w))),
  }),
  gaapOrigin: (n, w) => ({
    kind: "origin",
    id: n.origin.RealServerId ?? "",
    name: n.origin.RealServerIP ?? "",
    ...withStatus(boundOriginHealth(n.origin.RealServerStatus)),
    ...withDetail(
      joined(
        n.origin.RealServerPort !== undefined && `:${n.origin.RealServerPort}`,
        n.origin.RealServerWeight !== undefined && w(`weight ${n.origin.RealServerWeight}`, `权重 ${n.origin.RealServerWeight}`),
        n.origin.RealServerFailoverRole,
      ),
    ),
  }),
  loading: () => undefined,
  error: () => undefined,
  empty: () => undefined,
};

const errorCode = (e: unknown): string => (typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string" ? (e as { code: string }).code : "Error");

/** A node kind without a line in ENTRY: its kind and the last part of its stable id (the resource's ID). */
const generic = (node: TreeNode): Entry => ({ kind: node.kind, id: node.id.slice(node.id.lastIndexOf("/") + 1), name: "" });

const entryOf = (node: TreeNode, w: Words): Entry | undefined => {
  const make = ENTRY[node.kind] as ((n: TreeNode, w: Words) => Entry | undefined) | undefined;
  return make ? make(node, w) : generic(node);
};

/**
 * The kinds whose children are listed. The proxies' own children (listeners of a GAAP proxy or group and their
 * origins, rules of an L4 proxy) cost a request per proxy or group, so they are listed only with `--children` (`deep`).
 */
const isContainer = (node: TreeNode, deep: boolean): boolean => node.kind === "gaapRoot" || node.kind === "edgeOneRoot" || node.kind === "gaapGroup" || node.kind === "zone" || deep;
const STRUCTURAL = new Set(["gaap", "edgeOne", "group", "zone"]);

/** The tree's depth is the model's (roots, groups and zones, proxies, their children): never deeper than this. */
const MAX_DEPTH = 6;

interface Walk {
  entries: ListEntry[];
  failures: ListFailure[];
  loading: boolean;
}

/** One pass over the tree as it stands, iterative (no recursion on anything the API answers). */
function walk(model: ProxyTreeModel, deep: boolean, w: Words): Walk {
  const out: Walk = { entries: [], failures: [], loading: false };
  const stack: { node: TreeNode; into: ListEntry[]; depth: number; parent?: ListEntry }[] = model.roots().reverse().map((node) => ({ node, into: out.entries, depth: 0 }));
  const placed: { into: ListEntry[]; entry: ListEntry }[] = [];
  while (stack.length) {
    const { node, into, depth, parent } = stack.pop()!;
    if (node.kind === "loading") out.loading = true;
    if (node.kind === "error") {
      out.failures.push({ under: node.parentId, error: node.error });
      if (parent) parent.failed = errorCode(node.error);
    }
    const entry = entryOf(node, w);
    if (!entry) continue;
    const listed: ListEntry = { ...entry };
    placed.push({ into, entry: listed });
    if (depth >= MAX_DEPTH || !isContainer(node, deep)) continue;
    // Without --children nothing is listed on expand: a group shows its proxies, not its listeners.
    const children = model.children(node, deep);
    const kids: ListEntry[] = (listed.children = []);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, into: kids, depth: depth + 1, parent: listed });
  }
  // Entries were taken in tree order (depth first, left to right): append them to their parents in that order.
  for (const { into, entry } of placed) into.push(entry);
  // A proxy without children (none yet, or not asked for) shows none; a group or zone shows that it is empty.
  for (const { entry } of placed) if (entry.children?.length === 0 && !STRUCTURAL.has(entry.kind)) delete entry.children;
  return out;
}

/** The least time between two passes over the tree while it loads. */
const PASS_INTERVAL_MS = 100;

export interface ListOptions {
  lang: Language;
  /** Also list the proxies' and groups' children (listeners, L4 rules) where the tree has them. */
  deep: boolean;
  /** The whole listing gives up after this long (the client bounds each request; this bounds them all). */
  deadlineMs: number;
  signal?: AbortSignal;
}

/**
 * The account's tree, listed by the same model the Proxies view uses (`ProxyTreeModel` over `cloudDirectory`: the
 * client's paging, rate limit and bounds): waits until nothing is loading any more, then walks it once.
 */
export async function listTree(directory: ProxyDirectory, options: ListOptions): Promise<{ entries: ListEntry[]; failures: ListFailure[]; complete: boolean }> {
  const model = new ProxyTreeModel();
  const w: Words = (en, zh) => (options.lang === "zh-cn" ? zh : en);
  try {
    let wake: (() => void) | undefined;
    const off = model.onDidChange.on(() => wake?.());
    const deadline = Date.now() + options.deadlineMs;
    model.setDirectory(directory);
    let passAt = Date.now();
    let pass = walk(model, options.deep, w);
    while (pass.loading && Date.now() < deadline && !options.signal?.aborted) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(1000, Math.max(0, deadline - Date.now())));
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
      // With every proxy's children listed, answers arrive ~100 times a second and each pass walks the whole tree:
      // on a busy machine that CPU slowed the listing itself, so passes are spaced (what arrives meanwhile waits).
      const pause = passAt + PASS_INTERVAL_MS - Date.now();
      if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
      passAt = Date.now();
      pass = walk(model, options.deep, w);
    }
    off();
    return { entries: pass.entries, failures: pass.failures, complete: !pass.loading };
  } finally {
    model.dispose();
  }
}
