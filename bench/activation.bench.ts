// Start: the SDK must not be evaluated while the extension activates, and activation must be quick.
//  - SDK not evaluated: the extension bundle is rebuilt with the production options plus one plugin that makes
//    every module of tencentcloud-sdk-nodejs record itself when evaluated; the bundle's module graph and its lazy
//    boundaries (esbuild's __commonJS/__esm wrappers run on first require) are unchanged. It is loaded in a fresh
//    Node process with a stub `vscode`, activate() is called, and the records are read. A positive control runs the
//    client's own lazy SDK load through the same instrumentation and must see records, or the check proves nothing.
//  - Quiet activation (issue 13, point 7): the work activation causes with only a plain JSON file open — CPU time of
//    the bundle's load, activate() and one second after, in a stub host — against today's activation, measured in
//    the same run: the extension as it was at BASELINE_COMMIT (the last main before the split into a small entry and
//    features.js) is extracted with `git archive`, bundled with its own esbuild.js options, and run the same way,
//    interleaved with ours.
//  - Activation time: the figure the extension logs itself ("Activated in X ms") in the end-to-end run, read from
//    test-output/e2e/*-extension.log; without one, the e2e harness's activation flow is run. The stub host's cold
//    require + activate times of the shipped bundle are reported beside it.
import type * as esbuild from "esbuild";
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { execBounded } from "./support/execBounded";
import { figure, type Row, type SuiteResult } from "./support/figure";
import { repoRoot } from "./support/repoRoot";
import { summarize } from "./support/stats";
import { SDK_MARKER, STUB_HOST_FLAG, type StubHostReport } from "./support/stubHost";

const COLD_RUNS = 15;
const PRODUCTION: esbuild.BuildOptions = { minify: true, sourcemap: false };
/** Today's activation, for the quiet-activation ratio: main just before activation was made quiet and split. */
const BASELINE_COMMIT = "264934bc0716d3a7f7038076dddcb6f106f8aa32";
/** The extension's Node bundles: the entry, what it loads on first need, and the SDK features.js requires on the first API call. */
const EXTENSION_BUNDLES = ["extension", "features", "sdk"];

type EsbuildConfig = { common: esbuild.BuildOptions; nodeEntries: { in: string; out: string }[] };

/** The extension's bundles as esbuild.js makes them, into `outdir` (so that each finds the next one beside it). */
async function buildExtension(esb: typeof esbuild, config: EsbuildConfig, outdir: string, extra: esbuild.BuildOptions = {}): Promise<esbuild.BuildResult> {
  fs.rmSync(outdir, { recursive: true, force: true });
  const entryPoints = config.nodeEntries.filter((e) => EXTENSION_BUNDLES.includes(e.out)).map((e) => ({ in: e.in, out: e.out }));
  return esb.build({ ...config.common, ...PRODUCTION, entryPoints, outdir, logLevel: "silent", ...extra, plugins: [...(config.common.plugins ?? []), ...(extra.plugins ?? [])] });
}

/**
 * The extension at BASELINE_COMMIT, bundled with that commit's own esbuild.js (its sources from `git archive`, our
 * node_modules linked in). Returns the bundle, or why there is none (a clone without that history, say).
 */
async function buildBaseline(esb: typeof esbuild, root: string, scratch: string): Promise<{ bundle: string } | { problem: string }> {
  const src = path.join(scratch, "baseline-src");
  fs.rmSync(src, { recursive: true, force: true });
  fs.mkdirSync(src, { recursive: true });
  const git = spawnSync("git", ["archive", "--format=tar", BASELINE_COMMIT, "src", "esbuild.js", "package.json"], { cwd: root, maxBuffer: 256 * 1024 * 1024 });
  if (git.status !== 0) return { problem: `git archive ${BASELINE_COMMIT.slice(0, 10)} failed: ${String(git.stderr).trim().split("\n")[0]}` };
  const tar = spawnSync("tar", ["-x", "-C", src], { input: git.stdout });
  if (tar.status !== 0) return { problem: `tar failed: ${String(tar.stderr).trim()}` };
  fs.symlinkSync(path.join(root, "node_modules"), path.join(src, "node_modules"), "dir");
  const config = require(path.join(src, "esbuild.js")) as EsbuildConfig;
  const entry = config.nodeEntries.find((e) => e.out === "extension");
  if (!entry) return { problem: "the baseline's esbuild.js has no extension entry" };
  const bundle = path.join(scratch, "baseline", "extension.js");
  await esb.build({ ...config.common, ...PRODUCTION, absWorkingDir: src, entryPoints: [path.join(src, entry.in)], outfile: bundle, logLevel: "silent" });
  return { bundle };
}

const sdkMarker = (root: string): esbuild.Plugin => ({
  name: "sdk-evaluation-marker",
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]tencentcloud-sdk-nodejs[\\/].*\.js$/ }, async (args) => {
      const text = await fs.promises.readFile(args.path, "utf8");
      const mark = `(globalThis[${JSON.stringify(SDK_MARKER)}] ??= []).push(${JSON.stringify(path.relative(root, args.path))});\n`;
      // After a "use strict" directive, so that the module keeps its strictness.
      const strict = /^(\s*(["'])use strict\2;?\s*\n)/.exec(text);
      return { contents: strict ? strict[1] + mark + text.slice(strict[1]!.length) : mark + text, loader: "js" };
    });
  },
});

function stubHost(bundle: string, mode: "activate" | "activate-request" | "control", root: string): Promise<StubHostReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [process.argv[1]!, STUB_HOST_FLAG, bundle, mode, root], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d));
    child.stderr.on("data", (d: Buffer) => (err += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.once("close", (code) => {
      clearTimeout(timer);
      const line = out.trim().split("\n").pop();
      try {
        resolve(JSON.parse(line ?? "") as StubHostReport);
      } catch {
        reject(new Error(`stub host (${mode}) exited ${code}: ${err.trim().split("\n").slice(-3).join(" | ") || out.slice(-300)}`));
      }
    });
  });
}

/** The extension's own "Activated in X ms" lines from the e2e run's logs, newest file first. */
function e2eActivationTimes(root: string): { file: string; mtime: Date; ms: number }[] {
  const dir = path.join(root, "test-output", "e2e");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith("-extension.log"))
    .map((f) => ({ file: path.join(dir, f), mtime: fs.statSync(path.join(dir, f)).mtime }))
    .sort((a, b) => b.mtime.getTime() - a.mtime.getTime())
    .flatMap(({ file, mtime }) => [...fs.readFileSync(file, "utf8").matchAll(/Activated in ([\d.]+) ms/g)].map((m) => ({ file: path.relative(root, file), mtime, ms: Number(m[1]) })));
}

/**
 * The e2e harness's activation flow, bundled with esbuild like the rest of the bench (tsc may be mid-change
 * elsewhere in the tree) into the layout its runner expects (run.js beside flows/).
 */
async function runE2eActivationFlow(esb: typeof esbuild, root: string): Promise<string> {
  const runner = path.join(root, "test", "e2e", "run.ts");
  const flow = path.join(root, "test", "e2e", "flows", "activation.flow.ts");
  if (!fs.existsSync(runner) || !fs.existsSync(flow)) return "the e2e harness (test/e2e/run.ts, flows/activation.flow.ts) is not there";
  const out = path.join(root, "test-output", "bench", "e2e");
  fs.rmSync(out, { recursive: true, force: true });
  await esb.build({
    entryPoints: { run: runner, "flows/activation.flow": flow },
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    outdir: out,
    logLevel: "silent",
  });
  const r = await execBounded(process.execPath, [path.join(out, "run.js"), "activation"], { cwd: root, timeoutMs: 12 * 60_000, echo: true });
  return r.code === 0 ? "" : `the e2e activation flow ended with exit code ${r.code}: ${(r.stderr || r.stdout).trim().split("\n").slice(-4).join(" | ")}`;
}

export async function run(): Promise<SuiteResult> {
  const root = repoRoot();
  const rows: Row[] = [];
  const esb = require(require.resolve("esbuild", { paths: [root] })) as typeof esbuild;
  const scratch = path.join(root, "test-output", "bench");
  fs.mkdirSync(scratch, { recursive: true });

  // The production extension bundles, built here with esbuild.js's own options rather than read from dist/, which
  // another `npm test` or build in the same clone may replace with a development build at any moment.
  const config = require(path.join(root, "esbuild.js")) as EsbuildConfig;
  const shipped = path.join(scratch, "ours", "extension.js");
  await buildExtension(esb, config, path.dirname(shipped));

  // 1. Is any SDK module evaluated during activation: on a plain JSON file, and with a request file open (the
  // features loaded)?
  const instrumentedDir = path.join(scratch, "instrumented");
  const meta = await buildExtension(esb, config, instrumentedDir, { metafile: true, plugins: [sdkMarker(root)] });
  const sdkInBundle = Object.keys(meta.metafile!.inputs).filter((i) => i.includes("node_modules/tencentcloud-sdk-nodejs/")).length;
  const instrumented = path.join(instrumentedDir, "extension.js");
  const activation = await stubHost(instrumented, "activate", root);
  const withRequest = await stubHost(instrumented, "activate-request", root);
  // Beside the instrumented bundles: the control's lazy load is a require of ./sdk.js, the instrumented SDK bundle.
  const controlFile = path.join(instrumentedDir, "sdk-control.js");
  let control: StubHostReport | undefined;
  let controlProblem = "";
  try {
    await esb.build({
      ...config.common,
      ...PRODUCTION,
      stdin: {
        resolveDir: root,
        loader: "ts",
        sourcefile: "sdk-control.ts",
        contents: `import { Agent } from "node:http";
import { sdkTransport } from "./src/core/client/sdkTransport";
export async function load() {
  const send = sdkTransport({ service: "gaap", credential: { secretId: "AKIDbench", secretKey: "bench" }, endpoint: { host: "127.0.0.1:9", protocol: "http://" }, agent: new Agent(), timeoutMs: 1000 });
  const aborted = new AbortController();
  aborted.abort();
  await send("DescribeProxies", {}, aborted.signal).catch(() => undefined);
}`,
      },
      outfile: controlFile,
      logLevel: "silent",
      plugins: [...(config.common.plugins ?? []), sdkMarker(root)],
    });
    control = await stubHost(controlFile, "control", root);
  } catch (e) {
    controlProblem = e instanceof Error ? e.message.split("\n")[0]! : String(e);
  }
  const controlWorks = !!control && control.sdkModulesAtActivate.length === 0 && control.sdkModulesAfterSettle.length > 0;
  const evaluated = activation.sdkModulesAtActivate.length;
  const evaluatedWithRequest = withRequest.sdkModulesAtActivate.length;
  const featuresLoaded = withRequest.lines.some((l) => l.includes("Features loaded"));
  rows.push(
    figure({
      id: "start.sdkNotEvaluated",
      name: "SDK not evaluated during activation",
      value: !activation.error && !withRequest.error && evaluated === 0 && evaluatedWithRequest === 0 && featuresLoaded && controlWorks ? 1 : 0,
      unit: "yes/no",
      goal: { on: "value", op: ">=", limit: 1, text: "yes" },
      note: [
        activation.error ? `activate() failed under the stub host: ${activation.error}` : "",
        withRequest.error ? `activate() with a request file open failed under the stub host: ${withRequest.error}` : "",
        `SDK modules evaluated by activate() on a plain JSON file: ${evaluated}${evaluated ? ` (${activation.sdkModulesAtActivate.slice(0, 3).join(", ")}…)` : ""}, one second later: ${activation.sdkModulesAfterSettle.length}`,
        `with a request file open (features.js ${featuresLoaded ? "loaded" : "NOT loaded: the check proves nothing for it"}): ${evaluatedWithRequest}, one second later: ${withRequest.sdkModulesAfterSettle.length}; SDK modules in the bundles: ${sdkInBundle}`,
        controlWorks
          ? `positive control: the client's lazy load evaluates ${control!.sdkModulesAfterSettle.length} SDK modules under the same instrumentation`
          : `positive control failed (${controlProblem || `records before/after the lazy load: ${control?.sdkModulesAtActivate.length}/${control?.sdkModulesAfterSettle.length}`}): the check proves nothing`,
      ]
        .filter(Boolean)
        .join("; "),
      details: { activation, withRequest, control: control ?? controlProblem, sdkModulesInBundle: sdkInBundle },
    }),
  );

  // 2. Cold load of the shipped bundle on a plain JSON file, interleaved with today's (the baseline), in stub hosts.
  const baseline = await buildBaseline(esb, root, scratch).catch((e: unknown) => ({ problem: e instanceof Error ? e.message.split("\n")[0]! : String(e) }));
  const cold: StubHostReport[] = [];
  const before: StubHostReport[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    cold.push(await stubHost(shipped, "activate", root));
    if ("bundle" in baseline) before.push(await stubHost(baseline.bundle, "activate", root));
  }
  const finite = (xs: number[]) => (xs.some(Number.isFinite) ? xs.filter(Number.isFinite) : [NaN]);
  const cpu = (runs: StubHostReport[]) => summarize(finite(runs.map((c) => c.cpuMs)));
  const wall = (runs: StubHostReport[]) => summarize(finite(runs.map((c) => c.requireMs + c.activateMs)));
  const quietName = `Activation work on a plain JSON file: CPU of load + activate() + 1 s after, stub host, median of ${COLD_RUNS}`;
  const quietGoal = { on: "ratio", op: "<=", limit: 0.25, text: "≤ 0.25× today's" } as const;
  if ("bundle" in baseline && before.some((b) => !b.error)) {
    const ours = cpu(cold);
    const theirs = cpu(before);
    const oursWall = wall(cold);
    const theirsWall = wall(before);
    rows.push(
      figure({
        id: "start.quietActivation",
        name: quietName,
        value: ours.median,
        unit: "ms",
        peer: { name: `today's activation (main at ${BASELINE_COMMIT.slice(0, 7)}, rebuilt from git in this run)`, value: theirs.median },
        ratio: ours.median / theirs.median,
        goal: quietGoal,
        note:
          `wall time of load + activate(): ours ${oursWall.median.toFixed(1)} ms, today's ${theirsWall.median.toFixed(1)} ms (${(oursWall.median / theirsWall.median).toFixed(2)}×); ` +
          `bundle loaded on activation: ours ${(fs.statSync(shipped).size / 1024).toFixed(0)} KB (features.js loads on first need), today's ${(fs.statSync(baseline.bundle).size / 1024).toFixed(0)} KB; ` +
          `runs interleaved, each in a fresh process with one package.json open and the Proxies view not shown`,
        details: { ours: { cpuMs: ours, wallMs: oursWall }, baseline: { commit: BASELINE_COMMIT, cpuMs: theirs, wallMs: theirsWall, errors: before.filter((b) => b.error).map((b) => b.error) } },
      }),
    );
  } else {
    rows.push({ id: "start.quietActivation", name: quietName, goal: quietGoal, note: `today's activation could not be measured: ${"problem" in baseline ? baseline.problem : before[0]?.error}` });
  }
  const failures = cold.filter((c) => c.error);
  const requireMs = summarize(cold.map((c) => c.requireMs));
  const activateMs = summarize(cold.map((c) => c.activateMs).filter(Number.isFinite).concat(failures.length === cold.length ? [NaN] : []));
  const loggedStub = cold.map((c) => c.loggedMs).filter((x): x is number => x !== undefined);


  // 3. The extension's own figure from the end-to-end run.
  let e2e = e2eActivationTimes(root);
  let e2eProblem = "";
  if (e2e.length === 0 || process.argv.includes("--e2e")) {
    e2eProblem = await runE2eActivationFlow(esb, root);
    e2e = e2eActivationTimes(root);
  }
  if (e2e.length) {
    const newestFile = e2e[0]!.file;
    const fromNewest = e2e.filter((x) => x.file === newestFile);
    const all = summarize(e2e.map((x) => x.ms));
    rows.push(
      figure({
        id: "start.activation",
        name: `Activation, as the extension logs it in the e2e run (median of ${all.samples})`,
        value: all.median,
        unit: "ms",
        goal: { on: "value", op: "<=", limit: 30, text: "≤ 30 ms" },
        note: `"Activated in" from ${[...new Set(e2e.map((x) => x.file))].join(", ")} (newest ${e2e[0]!.mtime.toISOString()}); that figure starts inside activate(), after the bundle was loaded (stub host: load ${requireMs.median.toFixed(1)} ms)`,
        details: { e2e, newest: fromNewest, all },
      }),
    );
  } else {
    rows.push({
      id: "start.activation",
      name: "Activation, as the extension logs it in the e2e run",
      goal: { on: "value", op: "<=", limit: 30, text: "≤ 30 ms" },
      note: `no "Activated in" line in test-output/e2e/*-extension.log${e2eProblem ? `; ${e2eProblem}` : ""}`,
    });
  }
  rows.push(
    figure({
      id: "start.stubHost",
      name: `Load + activate in a stub host (Node, no VS Code), median of ${COLD_RUNS} cold processes`,
      value: requireMs.median + activateMs.median,
      unit: "ms",
      note: `load (require of the production bundle) ${requireMs.median.toFixed(1)} ms + activate() ${activateMs.median.toFixed(1)} ms; the extension logged ${loggedStub.length ? `${summarize(loggedStub).median.toFixed(1)} ms` : "nothing"}${failures.length ? `; ${failures.length} runs failed: ${failures[0]!.error}` : ""}`,
      details: { requireMs, activateMs, loggedMs: loggedStub.length ? summarize(loggedStub) : null, modulesLoaded: cold[0]?.loaded },
    }),
  );
  return {
    suite: "activation",
    rows,
    setup: {
      instrumentation: "esbuild onLoad plugin: every tencentcloud-sdk-nodejs module pushes its path to a global when evaluated; production options otherwise",
      stubHost: "fresh node process, Module._load hook providing `vscode`, fake ExtensionContext, activate() awaited, 1 s settle",
      e2e: "test-output/e2e/*-extension.log, written by the e2e harness (test/e2e); run with the harness's runner (bundled to test-output/bench/e2e) and its activation flow when absent",
    },
  };
}
