// `npm start`: build, start a sandbox (seed "demo"), and open VS Code with the extension pointed at it.
//   - desktop VS Code (`code --extensionDevelopmentPath=<this repo>`) when `code` is on PATH;
//   - otherwise code-server on 127.0.0.1 (installed into ~/.cache/tcaccel-e2e when missing), printing the URL.
// Runs until Ctrl-C (or until the desktop window is closed), then stops everything it started.
// Env: TCACCEL_START_CODE_SERVER=1 uses code-server even when `code` is on PATH.
const { spawnSync } = require("node:child_process");
const path = require("node:path");
const esbuild = require("esbuild");

const root = path.resolve(__dirname, "..");
/** The bundled harness, once loaded: its process registry stops what was started, however we end. */
let harness;

function log(line) {
  console.log(`[start] ${line}`);
}

/** The harness is TypeScript; bundling just the part we need keeps `npm start` working while other code is mid-edit. */
function loadHarness() {
  const outfile = path.join(root, "out", "start", "devServer.js");
  esbuild.buildSync({
    entryPoints: [path.join(root, "test", "e2e", "support", "devServer.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node18",
    outfile,
    external: ["playwright-core", "@vscode/vsce", "jszip", "tencentcloud-sdk-nodejs"],
    logLevel: "warning",
  });
  return require(outfile);
}

async function main() {
  const build = spawnSync(process.execPath, ["esbuild.js"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) throw new Error("the build (node esbuild.js) failed");
  harness = loadHarness();

  const { startSandbox } = require(path.join(root, "dist", "sandbox.js"));
  const sandbox = await startSandbox({ port: 0, seed: "demo" });
  harness.processRegistry.onShutdown(() => {
    log("stopping VS Code and the sandbox");
    return sandbox.close();
  });
  log(`sandbox on ${sandbox.endpoint} (SecretId ${sandbox.secretId})`);
  const { settings, env } = harness.sandboxConnection(sandbox);

  const useDesktop = harness.desktopCodeAvailable() && process.env.TCACCEL_START_CODE_SERVER !== "1";
  let session;
  try {
    session = useDesktop ? await harness.startDesktop({ settings, env, log }) : await harness.startCodeServer({ settings, env, log });
  } catch (e) {
    if (e instanceof harness.PrerequisitesUnavailableError) {
      throw new Error(`no \`code\` on PATH, and code-server cannot be installed here: ${e.message}.\nInstall VS Code (so that \`code\` is on PATH), or run on Debian/Ubuntu as root.`, { cause: e });
    }
    throw e;
  }

  if (session.kind === "code-server") {
    const bar = "=".repeat(72);
    console.log(`\n${bar}\n  Open ${session.url}\n  in a browser on this machine. The Proxies view (activity bar) shows the sandbox.\n  Ctrl-C stops code-server and the sandbox.\n${bar}\n`);
  } else {
    log("close the VS Code window, or press Ctrl-C here, to stop the sandbox");
  }
  await session.exited;
  if (!harness.processRegistry.shuttingDown) log("VS Code has exited; stopping the sandbox");
  await harness.processRegistry.stopAll();
}

main().then(
  () => process.exit(0),
  async (e) => {
    console.error(`[start] ✖ ${e instanceof Error ? e.message : String(e)}`);
    await harness?.processRegistry.stopAll();
    process.exit(1);
  },
);
