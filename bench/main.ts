// `npm run bench`: runs every suite in a process of its own, prints the table, writes bench/results.json and
// regenerates the README's performance section (between <!-- bench:start --> and <!-- bench:end --> only).
//   npm run bench                       all suites
//   npm run bench -- --only validation  some suites (the others keep their last results in the JSON)
//   npm run bench -- --no-readme        leave README.md alone
//   npm run bench -- --e2e              start a code-server session for the activation time even if a log exists
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { run as activation } from "./activation.bench";
import { run as listeners } from "./listeners.bench";
import { run as listing } from "./listing.bench";
import { run as size } from "./size.bench";
import type { Row, SuiteResult } from "./support/figure";
import { HOSTILE_CHILD_FLAG, runHostileChild } from "./support/hostileChild";
import { extensionHostNode } from "./support/hostNode";
import { repoRoot } from "./support/repoRoot";
import { busyNote, machine, markdownSection, replaceMarkedSection, terminalTable, type Results } from "./support/report";
import { runSandboxChild, SANDBOX_CHILD_FLAG } from "./support/sandboxProcess";
import { runStubHost, STUB_HOST_FLAG } from "./support/stubHost";
import { run as validation } from "./validation.bench";

type Suite = {
  name: string;
  run: () => Promise<SuiteResult>;
  timeoutMs: number;
  /** Also run under the e2e extension host's Node when it is installed: its speed depends on the runtime. */
  alsoOnHostNode?: boolean;
};

/** In this order: size builds the production bundles that activation then loads. */
const SUITES: Suite[] = [
  { name: "size", run: size, timeoutMs: 10 * 60_000 },
  { name: "activation", run: activation, timeoutMs: 15 * 60_000 },
  { name: "validation", run: validation, timeoutMs: 15 * 60_000, alsoOnHostNode: true },
  { name: "listing", run: listing, timeoutMs: 12 * 60_000 },
  { name: "listeners", run: listeners, timeoutMs: 8 * 60_000 },
];

const load = () => Math.round(os.loadavg()[0]! * 100) / 100;
const flag = (name: string) => process.argv.includes(name);
const option = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

/** One suite in a fresh process (with --expose-gc), so no suite's heap, JIT state or timers touch another's. */
function runSuiteProcess(suite: Suite, outFile: string, node = process.execPath): Promise<SuiteResult> {
  return new Promise((resolve, reject) => {
    fs.rmSync(outFile, { force: true });
    const child = spawn(node, ["--expose-gc", process.argv[1]!, "--suite", suite.name, "--out", outFile, ...(flag("--e2e") ? ["--e2e"] : [])], {
      stdio: "inherit",
    });
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
    }, suite.timeoutMs);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0 && fs.existsSync(outFile)) resolve(JSON.parse(fs.readFileSync(outFile, "utf8")) as SuiteResult);
      else reject(new Error(`suite ${suite.name} ended with ${signal ?? `exit code ${code}`}`));
    });
  });
}

async function orchestrate(): Promise<number> {
  const root = repoRoot();
  const resultsFile = path.join(root, "bench", "results.json");
  const only = option("--only")?.split(",");
  const unknown = only?.filter((n) => !SUITES.some((s) => s.name === n)) ?? [];
  if (unknown.length) throw new Error(`unknown suite(s): ${unknown.join(", ")}; known: ${SUITES.map((s) => s.name).join(", ")}`);
  const chosen = SUITES.filter((s) => !only || only.includes(s.name));

  const previous: Results | undefined = fs.existsSync(resultsFile) ? (JSON.parse(fs.readFileSync(resultsFile, "utf8")) as Results) : undefined;
  const results: Results = { generatedBy: "npm run bench", machine: machine(), suites: [] };
  const scratch = path.join(root, "test-output", "bench");
  fs.mkdirSync(scratch, { recursive: true });
  let failed = 0;
  for (const suite of SUITES) {
    if (!chosen.includes(suite)) {
      const kept = previous?.suites.find((s) => s.suite === suite.name);
      if (kept) results.suites.push(kept);
      continue;
    }
    console.log(`\n▶ bench ${suite.name}`);
    const started = performance.now();
    const loadAtStart = load();
    try {
      const result = await runSuiteProcess(suite, path.join(scratch, `${suite.name}.json`));
      const host = suite.alsoOnHostNode ? extensionHostNode() : undefined;
      if (host && host.version !== process.version) {
        // The same suite on the extension host's runtime: rows side by side, each labelled with its Node.
        console.log(`  ${suite.name} again on ${host.version} (the e2e extension host's Node)`);
        const onHost = await runSuiteProcess(suite, path.join(scratch, `${suite.name}.host.json`), host.path);
        const label = (rows: Row[], suffix: string, idSuffix: string) =>
          rows.map((r) => ({ ...r, id: r.id + idSuffix, name: `${r.name} [${suffix}]` }));
        result.rows = [...label(result.rows, `Node ${process.version}`, ""), ...label(onHost.rows, `Node ${host.version}, extension host`, ".host")];
        result.setup = { ...result.setup, runtimes: { bench: process.version, extensionHost: host.version } };
      }
      results.suites.push({ ...result, measuredAt: new Date().toISOString(), durationMs: Math.round(performance.now() - started), loadAverage: { start: loadAtStart, end: load() } });
      console.log(`  ${suite.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (e) {
      failed++;
      const note = e instanceof Error ? e.message : String(e);
      console.error(`✖ ${note}`);
      results.suites.push({
        suite: suite.name,
        rows: [{ id: `${suite.name}.failed`, name: `${suite.name} suite`, note: `the suite failed: ${note}` }],
        measuredAt: new Date().toISOString(),
        durationMs: Math.round(performance.now() - started),
      });
    }
  }

  fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2) + "\n");
  const rows = results.suites.flatMap((s) => s.rows);
  const busy = busyNote(results);
  console.log(`\n${terminalTable(rows)}\n${busy.length ? `\n${busy[0]}\n` : ""}\nresults: ${path.relative(process.cwd(), resultsFile)}`);

  if (!flag("--no-readme")) {
    const readmeFile = path.join(root, "README.md");
    const updated = replaceMarkedSection(fs.readFileSync(readmeFile, "utf8"), markdownSection(results));
    if (updated === undefined) console.warn("README.md has no <!-- bench:start --> … <!-- bench:end --> markers: left as it is");
    else {
      fs.writeFileSync(readmeFile, updated);
      console.log("README.md: performance section regenerated");
    }
  }
  return failed ? 1 : 0;
}

async function main(): Promise<number> {
  const childOptions = option(SANDBOX_CHILD_FLAG);
  if (childOptions !== undefined) {
    await runSandboxChild(childOptions);
    return 0;
  }
  const hostileCase = option(HOSTILE_CHILD_FLAG);
  if (hostileCase !== undefined) {
    runHostileChild(hostileCase);
    return 0;
  }
  const stubHost = process.argv.indexOf(STUB_HOST_FLAG);
  if (stubHost >= 0) {
    const [bundle, mode, extensionPath] = process.argv.slice(stubHost + 1);
    await runStubHost(bundle!, mode!, extensionPath!);
    return 0;
  }
  const suiteName = option("--suite");
  if (suiteName) {
    const suite = SUITES.find((s) => s.name === suiteName);
    if (!suite) throw new Error(`unknown suite ${suiteName}`);
    const result = await suite.run();
    fs.writeFileSync(option("--out")!, JSON.stringify(result, null, 2));
    return 0;
  }
  return orchestrate();
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
