// `npm run bench`: bundles bench/main.ts with esbuild (so a half-finished file elsewhere in the tree that breaks tsc
// cannot stop the benchmarks) and runs it. Arguments are passed through: see bench/main.ts.
const esbuild = require("esbuild");
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
// Under test-output/ (git-ignored), not out/: `npm test` empties out/ when it starts, maybe while a bench runs.
const outfile = path.join(root, "test-output", "bench", "bundle", "main.js");

esbuild
  .build({
    entryPoints: [path.join(__dirname, "main.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    mainFields: ["module", "main"],
    // Loaded at run time as the extension host would load them, never bundled into the benchmark itself.
    external: ["vscode", "esbuild", "playwright-core", "@vscode/vsce"],
    outfile,
    logLevel: "warning",
  })
  .then(() => {
    const r = spawnSync(process.execPath, ["--expose-gc", outfile, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
    process.exit(r.status ?? 1);
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
