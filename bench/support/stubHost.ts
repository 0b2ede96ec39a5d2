// A child process that loads an extension bundle the way the extension host does (CommonJS require, `vscode`
// provided from outside), calls activate() with a fresh context, and reports what that cost and what it loaded.
import { builtinModules } from "node:module";
import * as fs from "node:fs";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { fakeContext, stubVscode } from "./stubVscode";

export const STUB_HOST_FLAG = "--bench-stub-host";
/** Set by the instrumented bundle's SDK modules as they are evaluated (see activation.bench.ts). */
export const SDK_MARKER = "__tcaccelBenchSdk";

export interface StubHostReport {
  requireMs: number;
  activateMs: number;
  /** CPU time (user + system, every thread) from the require to the end of the settle: all the work activation caused. */
  cpuMs: number;
  /** The extension's own "Activated in X ms", from its output channel. */
  loggedMs?: number;
  /** Modules Node's loader was asked for during require + activate (the bundle's own modules are inside it). */
  loaded: string[];
  sdkModulesAtActivate: string[];
  sdkModulesAfterSettle: string[];
  error?: string;
  lines: string[];
}

type ModuleWithLoad = { _load(request: string, parent: unknown, isMain: boolean): unknown };

/**
 * Runs in the child: `bundle` is a path; `mode` "activate" (a plain JSON file open), "activate-request" (a request
 * file open too) or "control" (see activation.bench.ts).
 */
export async function runStubHost(bundle: string, mode: string, extensionPath: string): Promise<void> {
  const Module = require("node:module") as ModuleWithLoad;
  const vscode = stubVscode({ requestFileOpen: mode === "activate-request" });
  const loaded: string[] = [];
  const original = Module._load;
  Module._load = function (request, parent, isMain) {
    if (request === "vscode") return vscode.module;
    loaded.push(request);
    return original.call(this, request, parent, isMain);
  };
  const markers = ((globalThis as Record<string, unknown>)[SDK_MARKER] = [] as string[]);
  const report: StubHostReport = { requireMs: NaN, activateMs: NaN, cpuMs: NaN, loaded, sdkModulesAtActivate: [], sdkModulesAfterSettle: [], lines: vscode.lines };
  const cpu0 = process.cpuUsage();
  try {
    const t0 = performance.now();
    const ext = require(bundle) as { activate(ctx: unknown): unknown; load?: () => Promise<unknown> };
    const t1 = performance.now();
    report.requireMs = t1 - t0;
    if (mode === "control") {
      // The positive control: the same instrumentation must see the SDK once the client's lazy require runs.
      report.sdkModulesAtActivate = [...markers];
      await ext.load!();
    } else {
      const packageJSON = JSON.parse(fs.readFileSync(path.join(extensionPath, "package.json"), "utf8")) as unknown;
      const result = ext.activate(fakeContext(extensionPath, packageJSON));
      report.activateMs = performance.now() - t1;
      report.sdkModulesAtActivate = [...markers];
      await result;
    }
  } catch (e) {
    report.error = e instanceof Error ? (e.stack ?? e.message).split("\n").slice(0, 4).join(" | ") : String(e);
  }
  // What activation started (a session resolving credentials, a first fetch) gets a second to run.
  await new Promise((r) => setTimeout(r, 1000));
  const cpu = process.cpuUsage(cpu0);
  report.cpuMs = (cpu.user + cpu.system) / 1000;
  report.sdkModulesAfterSettle = [...markers];
  const logged = vscode.lines.map((l) => /Activated in ([\d.]+) ms/.exec(l)).find(Boolean);
  if (logged) report.loggedMs = Number(logged[1]);
  report.loaded = [...new Set(loaded)].map((r) => (builtinModules.includes(r) ? `node:${r}` : r));
  process.stdout.write(JSON.stringify(report) + "\n");
  process.exit(0);
}
