// Builds every bundle of the extension and the CLI.
//   node esbuild.js               development build (sourcemaps)
//   node esbuild.js --production  minified, no sourcemaps
//   node esbuild.js --watch       rebuild on change
const esbuild = require("esbuild");
const fs = require("node:fs");
const path = require("node:path");

const production = process.argv.includes("--production");
const watch = process.argv.includes("--watch");

/** Node bundles; `vscode` is provided by the extension host. */
const nodeEntries = [
  // The activation entry stays small: it loads features.js (everything else) on first need, not on any JSON file.
  { in: "src/extension/extension.ts", out: "extension" },
  { in: "src/extension/features.ts", out: "features" },
  { in: "src/cli/main.ts", out: "cli" },
  // The SDK's clients, required by features.js and cli.js on the first API call (see sdkOwnBundle).
  { in: "src/core/client/sdkClients.ts", out: "sdk" },
  // Loaded only in sandbox mode, so it never weighs on activation.
  { in: "src/sandbox/index.ts", out: "sandbox" },
];

/** Generated files (JSON Schemas) are written by a small step that runs the core. */
const generators = [{ in: "scripts/generateSchemas.ts", out: "generateSchemas" }];

/**
 * node-fetch 2 (the SDK's HTTP client) takes `URL` from Node's `url` module and falls back to whatwg-url only on
 * Node < 10, yet bundling it still pulls in whatwg-url and tr46's 260 KB IDNA table. Node's own URL stands in.
 */
const whatwgUrlFromNode = {
  name: "whatwg-url-from-node",
  setup(build) {
    build.onResolve({ filter: /^whatwg-url$/ }, () => ({ path: "whatwg-url", namespace: "node-url" }));
    build.onLoad({ filter: /.*/, namespace: "node-url" }, () => ({
      contents: 'const { URL, URLSearchParams } = require("node:url"); module.exports = { URL, URLSearchParams };',
      loader: "js",
    }));
  },
};

/**
 * The SDK builds multipart bodies with form-data, which guesses a part's type from a file name through mime-types and
 * mime-db's 130 KB table. GAAP and EdgeOne requests are JSON and never send a file, so the table is left out: a
 * lookup answers false and form-data falls back to application/octet-stream.
 */
const noMimeTable = {
  name: "no-mime-table",
  setup(build) {
    build.onResolve({ filter: /^mime-db$/ }, () => ({ path: "mime-db", namespace: "no-mime-table" }));
    build.onLoad({ filter: /.*/, namespace: "no-mime-table" }, () => ({ contents: "module.exports = {};", loader: "js" }));
  },
};

/**
 * The SDK (140 KB minified with node-fetch and the rest) is a bundle of its own, dist/sdk.js, rather than a copy
 * inside each bundle that sends: src/core/client/sdkTransport.ts requires "./sdkClients" on the first request, and
 * in a bundle that require is left as `require("./sdk.js")`, found beside the requiring bundle in dist/ (in a clone
 * and in the installed VSIX alike). Every build with these options makes that cut, so a build that bundles
 * sdkTransport needs dist/sdk.js beside it.
 */
const sdkOwnBundle = {
  name: "sdk-own-bundle",
  setup(build) {
    const transport = path.resolve(__dirname, "src/core/client/sdkTransport.ts");
    build.onResolve({ filter: /^\.\/sdkClients$/ }, (args) => (path.resolve(args.importer) === transport ? { path: "./sdk.js", external: true } : undefined));
  },
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node18",
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  // The SDK's CJS files are the ones that tree-shake at module level with deep imports.
  mainFields: ["module", "main"],
  external: ["vscode"],
  logLevel: "warning",
  legalComments: "none",
  plugins: [whatwgUrlFromNode, noMimeTable, sdkOwnBundle],
};

const existing = (entries) => entries.filter((e) => fs.existsSync(e.in));

async function generate() {
  const gen = existing(generators);
  if (gen.length === 0) return;
  await esbuild.build({ ...common, minify: false, sourcemap: false, entryPoints: gen, outdir: "out/gen" });
  for (const g of gen) require(path.resolve("out/gen", g.out + ".js")).main(path.resolve("dist"));
}

async function main() {
  fs.mkdirSync("dist", { recursive: true });
  // A production build writes no source maps: those a development build left in dist/ would otherwise ship. (Only
  // the maps: emptying dist/ would pull the bundles from under anything else running from this clone.)
  if (production) {
    for (const f of fs.readdirSync("dist", { recursive: true })) if (String(f).endsWith(".map")) fs.rmSync(path.join("dist", String(f)));
  }
  const webviewEntries = existing([{ in: "src/webview/preflight/main.ts", out: "webview/preflight" }]);
  const builds = [
    { ...common, entryPoints: existing(nodeEntries), outdir: "dist" },
    ...(webviewEntries.length
      ? [{ ...common, platform: "browser", format: "iife", target: "es2022", external: [], entryPoints: webviewEntries, outdir: "dist" }]
      : []),
  ];
  if (watch) {
    for (const b of builds) await (await esbuild.context(b)).watch();
    console.log("[watch] watching for changes");
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
  await generate();
  const cli = path.resolve("dist/cli.js");
  if (fs.existsSync(cli)) fs.chmodSync(cli, 0o755);
}

// bench/ builds the same bundles in memory (with a metafile) to see what they contain: it needs the same options.
module.exports = { common, nodeEntries };

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
