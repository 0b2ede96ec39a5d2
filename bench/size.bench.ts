// Size: the production bundles (`node esbuild.js --production`), what the extension bundle is made of (from an
// identical in-memory build with a metafile), the SDK's weight by our deep imports against the package root import
// (re-measured here with the same esbuild), and the VSIX (`vsce package`, as `npm run package` makes it).
import type * as esbuild from "esbuild";
import * as fs from "node:fs";
import * as path from "node:path";
import { execBounded } from "./support/execBounded";
import { figure, type Row, type SuiteResult } from "./support/figure";
import { repoRoot } from "./support/repoRoot";
import { zipEntries } from "./support/zipEntries";

const KB = 1024;

interface BuildConfig {
  common: esbuild.BuildOptions;
  nodeEntries: { in: string; out: string }[];
}

/** What `node esbuild.js --production` changes in the shared options. */
const PRODUCTION: esbuild.BuildOptions = { minify: true, sourcemap: false };

/** Bytes in the output per package (node_modules) or per source folder (src/core, src/extension, ...). */
export function breakdown(output: esbuild.Metafile["outputs"][string]): Record<string, number> {
  const by: Record<string, number> = {};
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
    const key = pkg ? pkg[1]! : input.split("/").slice(0, 2).join("/");
    by[key] = (by[key] ?? 0) + bytesInOutput;
  }
  return Object.fromEntries(Object.entries(by).sort((a, b) => b[1] - a[1]));
}

const isSdk = (input: string) => input.includes("node_modules/tencentcloud-sdk-nodejs/");

/**
 * What the SDK brings into a bundle: its own modules and every module reachable only through them (node-fetch,
 * form-data, mime-db, ...), found by walking the metafile's import graph from the entry without entering the SDK.
 */
export function sdkWeight(metafile: esbuild.Metafile, output: esbuild.Metafile["outputs"][string]): { bytes: number; modules: number } {
  const withoutSdk = new Set<string>();
  const queue = output.entryPoint ? [output.entryPoint] : [];
  while (queue.length) {
    const at = queue.pop()!;
    if (withoutSdk.has(at) || isSdk(at)) continue;
    withoutSdk.add(at);
    for (const i of metafile.inputs[at]?.imports ?? []) if (!i.external) queue.push(i.path);
  }
  const brought = Object.entries(output.inputs).filter(([input]) => !withoutSdk.has(input));
  return { bytes: brought.reduce((sum, [, v]) => sum + v.bytesInOutput, 0), modules: brought.length };
}

const top = (by: Record<string, number>, n: number) =>
  Object.entries(by)
    .slice(0, n)
    .map(([k, v]) => `${k} ${(v / KB).toFixed(0)} KB`)
    .join(", ");

const fileSize = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size : undefined);

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

async function sdkPeer(esb: typeof esbuild, root: string, common: esbuild.BuildOptions) {
  const construct = `const config = { credential: { secretId: "x", secretKey: "y" }, profile: { httpProfile: { endpoint: "127.0.0.1:1", protocol: "http://" } } };
export const clients = () => [new Gaap(config), new Teo(config)];`;
  const entries = {
    deep: `import { Client as Gaap } from "tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_client";
import { Client as Teo } from "tencentcloud-sdk-nodejs/tencentcloud/services/teo/v20220901/teo_client";
${construct}`,
    root: `import * as tc from "tencentcloud-sdk-nodejs";
const Gaap = tc.gaap.v20180529.Client;
const Teo = tc.teo.v20220901.Client;
${construct}`,
  };
  const build = async (contents: string, options: esbuild.BuildOptions) => {
    const r = await esb.build({ ...options, stdin: { contents, resolveDir: root, loader: "ts", sourcefile: "sdk-entry.ts" }, write: false, outfile: "sdk.js", logLevel: "silent" });
    return r.outputFiles!.find((f) => f.path.endsWith(".js"))!.contents.length;
  };
  // The peer as §1.8 of the reference measured it: esbuild's defaults for node (main before module: the CJS root).
  const plain: esbuild.BuildOptions = { bundle: true, minify: true, platform: "node", format: "cjs" };
  return {
    ours: await build(entries.deep, { ...common, ...PRODUCTION, external: [] }),
    rootCjs: await build(entries.root, plain),
    rootWithOurOptions: await build(entries.root, { ...common, ...PRODUCTION, external: [] }),
  };
}

export async function run(): Promise<SuiteResult> {
  const root = repoRoot();
  const rows: Row[] = [];
  const esb = require(require.resolve("esbuild", { paths: [root] })) as typeof esbuild;
  const config = require(path.join(root, "esbuild.js")) as BuildConfig;

  // 1. The production bundles, exactly as `npm run package` makes them.
  const built = await execBounded(process.execPath, ["esbuild.js", "--production"], { cwd: root, timeoutMs: 5 * 60_000 });
  if (built.code !== 0) throw new Error(`node esbuild.js --production failed:\n${built.stderr || built.stdout}`);
  const dist = path.join(root, "dist");
  // The extension is a small activation entry (extension.js) and what it loads on first need (features.js): its
  // weight is both, and what it contains is in features.js.
  const entryBytes = fileSize(path.join(dist, "extension.js"));
  const featuresBytes = fileSize(path.join(dist, "features.js"));
  const extensionBytes = entryBytes === undefined || featuresBytes === undefined ? undefined : entryBytes + featuresBytes;
  const sandboxBytes = fileSize(path.join(dist, "sandbox.js"));
  const webviewFiles = filesUnder(path.join(dist, "webview")).map((f) => ({ file: path.relative(root, f), bytes: fs.statSync(f).size }));

  // 2. The same extension bundle and the SDK's in memory, with a metafile: what they contain.
  const entryOf = (out: string) => config.nodeEntries.find((e) => e.out === out)!;
  const meta = await esb.build({ ...config.common, ...PRODUCTION, entryPoints: [entryOf("features"), entryOf("sdk")], outdir: "dist", write: false, metafile: true, logLevel: "silent" });
  const outputOf = (name: string) => Object.entries(meta.metafile!.outputs).find(([f]) => f.endsWith(name))![1];
  const output = outputOf("features.js");
  const parts = breakdown(output);
  const inputs = Object.keys(output.inputs);
  // The SDK must stay out of features.js: esbuild.js leaves its require as one of dist/sdk.js.
  const sdkInFeatures = sdkWeight(meta.metafile!, output);
  const sdkBundle = outputOf("sdk.js");
  const strays = inputs.filter((i) => i.startsWith("src/sandbox/") || i.startsWith("src/webview/"));

  if (extensionBytes === undefined) {
    rows.push({ id: "size.extension", name: "Extension bundles (dist/extension.js + features.js, minified)", goal: { on: "value", op: "<=", limit: 650 * KB, text: "≤ 650 KB" }, note: "dist/extension.js or dist/features.js was not built" });
  } else {
    const sameBuild = output.bytes === featuresBytes;
    rows.push(
      figure({
        id: "size.extension",
        name: "Extension bundles (dist/extension.js + features.js, minified)",
        value: extensionBytes,
        unit: "KB",
        goal: { on: "value", op: "<=", limit: 650 * KB, text: "≤ 650 KB" },
        note:
          (sameBuild ? "" : `WARNING: dist/features.js (${featuresBytes} bytes) is not this run's production build (${output.bytes} bytes): another build replaced dist/ meanwhile; run again. `) +
          (sdkInFeatures.bytes ? `WARNING: features.js carries ${(sdkInFeatures.bytes / KB).toFixed(0)} KB of the SDK (${sdkInFeatures.modules} modules): esbuild.js's cut to dist/sdk.js no longer applies. ` : "") +
          `the activation entry dist/extension.js is ${((entryBytes ?? 0) / KB).toFixed(1)} KB; ` +
          `largest parts of features.js: ${top(parts, 5)}; ` +
          `the SDK is dist/sdk.js, ${(sdkBundle.bytes / KB).toFixed(0)} KB (${top(breakdown(sdkBundle), 3)}), required on the first API call and shared with dist/cli.js`,
        details: { breakdown: parts, sdkInFeatures, sdkBundle: { bytes: sdkBundle.bytes, breakdown: breakdown(sdkBundle) }, inMemoryBuildMatchesDist: sameBuild },
      }),
    );
  }

  // 3. The sandbox and the webview in their own bundles, and none of their code in the extension's.
  rows.push(
    figure({
      id: "size.separateBundles",
      name: "Sandbox and webview in their own bundles",
      value: sandboxBytes !== undefined && webviewFiles.length > 0 && strays.length === 0 ? 1 : 0,
      unit: "yes/no",
      goal: { on: "value", op: ">=", limit: 1, text: "yes" },
      note:
        `dist/sandbox.js ${sandboxBytes === undefined ? "missing" : `${(sandboxBytes / KB).toFixed(0)} KB`}; ` +
        `webview ${webviewFiles.length ? webviewFiles.map((w) => `${w.file} ${(w.bytes / KB).toFixed(0)} KB`).join(", ") : "bundle missing (src/webview/preflight/main.ts not written yet)"}; ` +
        `sandbox or webview sources inside dist/extension.js or features.js: ${strays.length ? strays.join(", ") : "none"}`,
      details: { sandboxBytes, webviewFiles, strays },
    }),
  );

  // 4. The SDK by our deep imports against the package root, both built here and now.
  const sdkSizes = await sdkPeer(esb, root, config.common);
  rows.push(
    figure({
      id: "size.sdk",
      name: "SDK for GAAP + TEO clients, bundled (our deep imports)",
      value: sdkSizes.ours,
      unit: "KB",
      peer: { name: "root import, esbuild defaults (CJS root)", value: sdkSizes.rootCjs },
      ratio: sdkSizes.ours / sdkSizes.rootCjs,
      note: `the root import with our mainFields (module first, the SDK's ESM build) is ${(sdkSizes.rootWithOurOptions / KB).toFixed(0)} KB`,
      details: sdkSizes,
    }),
  );

  // 5. The VSIX, as `npm run package` makes it (written under test-output/ so the clone's root is left alone).
  const vsix = path.join(root, "test-output", "bench", "tcaccel-bench.vsix");
  fs.rmSync(vsix, { force: true });
  const vsceBin = path.join(path.dirname(require.resolve("@vscode/vsce/package.json", { paths: [root] })), "vsce");
  const packed = await execBounded(process.execPath, [vsceBin, "package", "--no-dependencies", "--no-rewrite-relative-links", "--out", vsix], { cwd: root, timeoutMs: 5 * 60_000 });
  const vsixBytes = fileSize(vsix);
  if (packed.code !== 0 || vsixBytes === undefined) {
    rows.push({ id: "size.vsix", name: "VSIX (npm run package)", goal: { on: "value", op: "<=", limit: 400 * KB, text: "≤ 400 KB" }, note: `vsce package failed: ${(packed.stderr || packed.stdout).trim().split("\n").slice(-3).join(" ")}` });
  } else {
    const entries = zipEntries(vsix).sort((a, b) => b.compressed - a.compressed);
    // The clone is shared: another build may have replaced dist/ between our build and vsce's packing.
    const packedExtension = entries.find((e) => e.name === "extension/dist/features.js")?.size;
    const raced = packedExtension !== undefined && packedExtension !== output.bytes;
    rows.push(
      figure({
        id: "size.vsix",
        name: "VSIX (npm run package)",
        value: vsixBytes,
        unit: "KB",
        goal: { on: "value", op: "<=", limit: 400 * KB, text: "≤ 400 KB" },
        note: `${raced ? `WARNING: the packed dist/features.js (${packedExtension} bytes) is not this run's production build (${output.bytes} bytes): another build replaced dist/ meanwhile; run again. ` : ""}largest entries (compressed): ${entries
          .slice(0, 5)
          .map((e) => `${e.name.replace(/^extension\//, "")} ${(e.compressed / KB).toFixed(0)} KB`)
          .join(", ")}; ${entries.length} files; dist/cli.js ${entries.some((e) => e.name === "extension/dist/cli.js") ? "is packed" : "is not packed (the CLI comes from the npm package or a clone: see README Packaging)"}`,
        details: { entries },
      }),
    );
  }

  return {
    suite: "size",
    rows,
    setup: {
      build: "node esbuild.js --production; metafile from an in-memory build with the same options (esbuild.js exports them)",
      vsix: "vsce package --no-dependencies --no-rewrite-relative-links --out test-output/bench/tcaccel-bench.vsix",
      sdkPeer: "tiny entry constructing the GAAP and TEO clients: deep imports with our options vs `import * as tc from \"tencentcloud-sdk-nodejs\"` with esbuild --bundle --minify --platform=node",
    },
  };
}
