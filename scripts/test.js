// `npm test`: build, type-check and compile the tests, then run unit, sandbox-integration and end-to-end tests.
// Usage: node scripts/test.js [unit|integration|e2e]...   (no argument: all of them, in that order)
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const wanted = process.argv.slice(2);
const phases = wanted.length ? wanted : ["unit", "integration", "e2e"];

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

fs.rmSync(path.join(root, "out"), { recursive: true, force: true });
run(process.execPath, ["esbuild.js"]);
run(process.execPath, [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.test.json"]);

for (const phase of phases) {
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
