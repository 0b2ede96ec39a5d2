// `npm test`: lint, build, type-check and compile the tests, then run unit, sandbox-integration and end-to-end tests.
// Usage: node scripts/test.js [lint|typecheck|unit|integration|e2e]...
//   no argument: lint, unit, integration, e2e, in that order; unit/integration/e2e first build and type-check.
//   `lint` alone is `npm run lint`; `typecheck` alone is `npm run typecheck` (no build, nothing emitted).
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const wanted = process.argv.slice(2);
const phases = wanted.length ? wanted : ["lint", "unit", "integration", "e2e"];

// TypeScript 7 (the native compiler) builds and type-checks; `typescript` itself is 6.0, for typescript-eslint only.
const tsc = path.join(root, "node_modules", "typescript7", "bin", "tsc");
// One config per runtime, so each part sees only the globals that exist where it runs (see tsconfig.base.json).
const checkOnly = ["tsconfig.core.json", "tsconfig.webview.json", "tsconfig.extension.json"];
// These also emit the tests (and the sources they import) into out/.
const emitting = ["tsconfig.test.json", "tsconfig.e2e.json"];

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`\n✖ ${cmd} ${args.join(" ")} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}

function testFiles(dir) {
  const abs = path.join(root, "out", "test", dir);
  if (!fs.existsSync(abs)) return [];
  const found = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".test.js")) found.push(path.relative(root, p));
    }
  };
  walk(abs);
  return found.sort();
}

function typecheck() {
  for (const config of [...checkOnly, ...emitting]) run(process.execPath, [tsc, "-p", config, "--noEmit"]);
}

function lint() {
  console.log("\n▶ lint");
  run(process.execPath, [path.join(root, "node_modules", "eslint", "bin", "eslint.js"), "--max-warnings", "0", "."]);
}

const unknown = phases.filter((p) => !["lint", "typecheck", "unit", "integration", "e2e"].includes(p));
if (unknown.length) {
  console.error(`unknown phase: ${unknown.join(", ")} (lint, typecheck, unit, integration, e2e)`);
  process.exit(2);
}
if (phases.includes("lint")) lint();
if (phases.includes("typecheck")) typecheck();
if (!phases.some((p) => ["unit", "integration", "e2e"].includes(p))) process.exit(0);

fs.rmSync(path.join(root, "out"), { recursive: true, force: true });
run(process.execPath, ["esbuild.js"]);
for (const config of checkOnly) run(process.execPath, [tsc, "-p", config]);
for (const config of emitting) run(process.execPath, [tsc, "-p", config]);

for (const phase of phases) {
  if (phase === "lint" || phase === "typecheck") continue;
  if (phase === "e2e") {
    // The end-to-end runner installs what it needs (cached) and drives code-server through Chromium.
    const runner = path.join(root, "out", "test", "e2e", "run.js");
    if (fs.existsSync(runner)) run(process.execPath, [runner]);
    continue;
  }
  const files = testFiles(phase);
  console.log(`\n▶ ${phase}: ${files.length} test files`);
  if (files.length) run(process.execPath, ["--test", "--test-reporter=spec", ...files]);
}
