// Listeners: (a) expanding one proxy in the tree model against the same two Describe calls made directly, with the
// same client and sandbox, interleaved; (b) the listeners of every proxy of a 1,000-proxy account, listed as
// `tcaccel list --children` lists them (listTree over the model), against the rate-limit floor.
import * as os from "node:os";
import { performance } from "node:perf_hooks";
import { listTree, type ListEntry } from "../src/cli/listTree";
import type { Cloud } from "../src/core/client";
import { cloudDirectory } from "../src/core/model/cloudDirectory";
import { seedState } from "../src/sandbox/seeds/seedState";
import { figure, type Row, type SuiteResult } from "./support/figure";
import { expandProxy } from "./support/modelExpand";
import { sandboxCloud, scaleSandbox, sleep } from "./support/sandboxCloud";
import type { SandboxProcess } from "./support/sandboxProcess";
import { summarize } from "./support/stats";

const RATE = 20;
const LATENCY_MS = 50;
const EXPAND_PROXIES = 20;
const EXPAND_WARMUP = 3;
const EXPAND_SAMPLES = 25;
const ACCOUNT_PROXIES = 1_000;
const ACCOUNT_ROUNDS = 2;
const LISTENER_ACTIONS = ["DescribeTCPListeners", "DescribeUDPListeners"] as const;
/** The seed scaleSandbox starts, built again here to count its listeners. */
const ACCOUNT_SEED = { scale: { proxies: ACCOUNT_PROXIES, zones: 1, l4PerZone: 0 } };
/**
 * Both the sandbox and the client count 20 per second per action (SecretId|Action, service:action), and the two
 * actions run side by side: the floor is one action's calls at 20/s, 1,000 / 20 = 50 s (100 s if the limit were
 * the account's as a whole).
 */
const FLOOR_MS = (ACCOUNT_PROXIES / RATE) * 1000;

type Served = Record<string, { total: number; rateLimited: number; peakPerSecond: number }>;

const newCloud = (sandbox: SandboxProcess): Cloud => sandboxCloud(sandbox, RATE);

const listenerPage = (proxyId: string) => ({ ProxyId: proxyId, Offset: 0, Limit: 20 });

/** The two calls made directly one after the other (what a plain paging loop does). */
async function directSequential(cloud: Cloud, proxyId: string): Promise<number> {
  const t0 = performance.now();
  for (const action of LISTENER_ACTIONS) await cloud.gaap.request(action, listenerPage(proxyId));
  return performance.now() - t0;
}

/** The model's two calls, made directly: at once, as the model sends them. */
async function directConcurrent(cloud: Cloud, proxyId: string): Promise<number> {
  const t0 = performance.now();
  await Promise.all(LISTENER_ACTIONS.map((action) => cloud.gaap.request(action, listenerPage(proxyId))));
  return performance.now() - t0;
}

/** The first proxy (in listing order) with a TCP listener: the scale seed gives every tenth running proxy one. */
async function proxyWithListener(cloud: Cloud): Promise<string> {
  const r = await cloud.gaap.request<{ ProxySet?: { ProxyId?: string }[] }>("DescribeProxies", { Offset: 0, Limit: 100 });
  for (const p of r.ProxySet ?? []) {
    if (!p.ProxyId) continue;
    const l = await cloud.gaap.request<{ TotalCount?: number }>("DescribeTCPListeners", listenerPage(p.ProxyId));
    if ((l.TotalCount ?? 0) > 0) return p.ProxyId;
  }
  throw new Error("the scale seed has no proxy with a listener");
}

interface ExpandRuns {
  model: number[];
  sequential: number[];
  concurrent: number[];
  rows: number;
  proxyId: string;
}

/** Rounds of the three, in an order that rotates, one client for all (same keep-alive socket, same limiter). */
async function measureExpand(): Promise<ExpandRuns> {
  const sandbox = await scaleSandbox(EXPAND_PROXIES, LATENCY_MS, RATE);
  const cloud = newCloud(sandbox);
  try {
    const proxyId = await proxyWithListener(cloud);
    const runs: ExpandRuns = { model: [], sequential: [], concurrent: [], rows: 0, proxyId };
    const contenders = [
      async (keep: boolean) => {
        const { ms, rows } = await expandProxy(cloud, proxyId);
        runs.rows = rows;
        if (keep) runs.model.push(ms);
      },
      async (keep: boolean) => void (keep && runs.sequential.push(await directSequential(cloud, proxyId))),
      async (keep: boolean) => void (keep && runs.concurrent.push(await directConcurrent(cloud, proxyId))),
    ];
    for (let round = 0; round < EXPAND_WARMUP + EXPAND_SAMPLES; round++) {
      const keep = round >= EXPAND_WARMUP;
      for (let i = 0; i < contenders.length; i++) {
        await contenders[(round + i) % contenders.length]!(keep);
        // A round takes 3 of the 20 slots per action and lasts longer than a window: no contender waits for a slot.
        await sleep(50);
      }
    }
    return runs;
  } finally {
    cloud.close();
    await sandbox.close();
  }
}

interface AccountRun {
  totalMs: number;
  /** CPU time of this process (client, model and walk) during the run. */
  cpuMs: number;
  /** The machine's 1-minute load average at the start and the end of the run. */
  load: [number, number];
  proxies: number;
  listeners: number;
  /** Where a listing failed and with what code (none in a good run). */
  failures: string[];
  complete: boolean;
}

const loadNow = () => Math.round(os.loadavg()[0]! * 100) / 100;

const errorCode = (e: unknown): string => (e instanceof Error ? `${(e as { code?: string }).code ?? e.name}: ${e.message.slice(0, 200)}` : String(e));

/** Iterative count of the listing's proxies and listeners. */
function countEntries(entries: readonly ListEntry[]): { proxies: number; listeners: number } {
  let proxies = 0;
  let listeners = 0;
  const stack = [...entries];
  while (stack.length) {
    const e = stack.pop()!;
    if (e.kind === "proxy") proxies++;
    if (e.kind === "listener") listeners++;
    if (e.children) stack.push(...e.children);
  }
  return { proxies, listeners };
}

async function measureAccount(): Promise<{ runs: AccountRun[]; served: Served }> {
  const sandbox = await scaleSandbox(ACCOUNT_PROXIES, LATENCY_MS, RATE);
  const runs: AccountRun[] = [];
  try {
    for (let round = 0; round < ACCOUNT_ROUNDS; round++) {
      const cloud = newCloud(sandbox);
      try {
        await cloud.gaap.request("DescribeProxies", { Offset: 0, Limit: 1 });
        await sleep(1200);
        const t0 = performance.now();
        const cpu0 = process.cpuUsage();
        const load0 = loadNow();
        const listed = await listTree(cloudDirectory(cloud), { lang: "en", deep: true, deadlineMs: 5 * 60_000 });
        const totalMs = performance.now() - t0;
        const cpu = process.cpuUsage(cpu0);
        const cpuMs = (cpu.user + cpu.system) / 1000;
        console.log(`  listeners of every proxy: ${(totalMs / 1000).toFixed(1)} s, ${(cpuMs / 1000).toFixed(1)} s CPU`);
        runs.push({ totalMs, cpuMs, load: [load0, loadNow()], ...countEntries(listed.entries), failures: listed.failures.map((f) => `${f.under}: ${errorCode(f.error)}`), complete: listed.complete });
      } finally {
        cloud.close();
      }
      await sleep(1200);
    }
    return { runs, served: await sandbox.stats() };
  } finally {
    await sandbox.close();
  }
}

/**
 * The account figure: the slower run (so one lucky run cannot pass the goal alone). A run that missed proxies or
 * listeners, or failed somewhere, measured something else: then the row says what went wrong instead.
 */
function accountRow(account: { runs: AccountRun[]; served: Served }): Row {
  const name = `Listeners of every proxy, ${ACCOUNT_PROXIES.toLocaleString("en")}-proxy account (slower of ${ACCOUNT_ROUNDS} runs)`;
  const goal = { on: "ratio", op: "<=", limit: 1.15, text: "≤ 1.15× floor" } as const;
  const totals = account.runs.map((r) => r.totalMs);
  const runs = `runs ${account.runs.map((r) => `${(r.totalMs / 1000).toFixed(1)} s (${(r.cpuMs / 1000).toFixed(1)} s CPU, load ${r.load[0]}→${r.load[1]})`).join(", ")}`;
  // The seed is deterministic: built here too, it says how many listeners a complete listing finds.
  const expected = Object.keys(seedState(ACCOUNT_SEED, Date.now(), false).gaapListeners.listeners).length;
  const bad = account.runs.find((r) => !r.complete || r.failures.length || r.proxies !== ACCOUNT_PROXIES || r.listeners !== expected);
  if (bad) {
    const failed = bad.failures.slice(0, 3).join("; ") || "none";
    return { id: "listeners.account", name, goal, note: `a listing found ${bad.proxies} proxies and ${bad.listeners} of ${expected} listeners (complete: ${bad.complete}; failed: ${failed}); ${runs}` };
  }
  const slowest = Math.max(...totals);
  const calls = LISTENER_ACTIONS.map((a) => `${a} ${account.served[a]?.total ?? "?"} (at most ${account.served[a]?.peakPerSecond ?? "?"}/s, ${account.served[a]?.rateLimited ?? "?"} refused)`);
  const refused = LISTENER_ACTIONS.reduce((n, a) => n + (account.served[a]?.rateLimited ?? 0), 0);
  // The client's limiter frees a slot one window (1,010 ms) after its answer: each of the 20 slots carries a call per window plus round trip.
  const paced = (ACCOUNT_PROXIES / RATE) * (1010 + LATENCY_MS);
  return figure({
    id: "listeners.account",
    name,
    value: slowest,
    unit: "ms",
    peer: { name: `rate-limit floor (${ACCOUNT_PROXIES} calls per action at ${RATE}/s, actions side by side)`, value: FLOOR_MS },
    ratio: slowest / FLOOR_MS,
    goal,
    note:
      `listTree (tcaccel list --children) over the model, ${runs}, ${expected} listeners found each time. The sandbox saw ${calls.join(", ")} over the runs. ` +
      `The client's limiter frees a slot one window after the answer, so ${ACCOUNT_PROXIES / RATE} calls per slot at ${LATENCY_MS} ms latency take at least ${(paced / 1000).toFixed(1)} s` +
      (slowest > paced * 1.05
        ? `; the slower run's time beyond that is not the limiter's pace (${refused} calls refused by the sandbox), and it ran at the load averages above, on ${os.cpus().length} cores.`
        : "."),
    details: { runs: account.runs, served: account.served, expectedListeners: expected },
  });
}

export async function run(): Promise<SuiteResult> {
  const expand = await measureExpand();
  console.log(`  expand: model ${summarize(expand.model).median.toFixed(1)} ms, direct ${summarize(expand.sequential).median.toFixed(1)} ms`);
  const account = await measureAccount();
  const model = summarize(expand.model);
  const sequential = summarize(expand.sequential);
  const concurrent = summarize(expand.concurrent);

  const rows: Row[] = [
    figure({
      id: "listeners.expand",
      name: `Expanding a proxy: its listener rows in the tree model (median of ${EXPAND_SAMPLES})`,
      value: model.median,
      unit: "ms",
      peer: { name: "DescribeTCPListeners and DescribeUDPListeners at once, made directly", value: concurrent.median },
      ratio: model.median / concurrent.median,
      goal: { on: "ratio", op: "<=", limit: 1.2, text: "≤ 1.2× direct calls" },
      note:
        `${expand.rows} listener row(s) of ${expand.proxyId}; a fresh model each sample, its account listed before the clock starts; the Proxies view redraws at most every 150 ms on top of this. ` +
        `p95 ${model.p95.toFixed(0)} ms vs ${concurrent.p95.toFixed(0)} ms; ${LATENCY_MS} ms sandbox latency per call.`,
      details: { model, concurrent, samples: expand },
    }),
    figure({
      id: "listeners.expandConcurrent",
      name: "Expanding a proxy, vs the two calls one after the other",
      value: model.median,
      unit: "ms",
      peer: { name: "DescribeTCPListeners then DescribeUDPListeners, made directly", value: sequential.median },
      ratio: model.median / sequential.median,
      note: "no goal: the model sends both listings at once and shows the TCP rows first, so an expand waits for one round trip where a paging loop waits for two.",
      details: { sequential },
    }),
    accountRow(account),
  ];
  return {
    suite: "listeners",
    rows,
    setup: {
      sandbox: `in a child process, latency ${LATENCY_MS} ms, rateLimit ${RATE}/s per action, scale seeds of ${EXPAND_PROXIES} and ${ACCOUNT_PROXIES} proxies (every tenth running ungrouped proxy has a TCP listener)`,
      expand: `${EXPAND_WARMUP} warm-up and ${EXPAND_SAMPLES} measured rounds of model / direct sequential / direct concurrent, order rotating, one client`,
      account: `${ACCOUNT_ROUNDS} runs of listTree(cloudDirectory(cloud), { deep: true }), a fresh client each, after one DescribeProxies and a 1.2 s pause`,
    },
  };
}
