import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

/** The version the per-parameter form was checked with (README, "Copy as tccli"). */
export const TCCLI_VERSION = "3.1.155.1";

/** Real tccli from source, trimmed to gaap and teo: `../shared/tools/tccli` beside the clone, or TCACCEL_TCCLI. */
export const tccliScript = (root: string): string => process.env.TCACCEL_TCCLI || path.resolve(root, "..", "shared", "tools", "tccli", "tccli.sh");

/** The Debian packages its header names (tccli.sh runs /usr/bin/python3, so pip packages would not do). */
export const TCCLI_APT_PACKAGES = ["python3-jmespath", "python3-six", "python3-requests", "python3-pycryptodome", "python3-crcmod", "python3-xmltodict", "python3-certifi"] as const;

const installed = (pkg: string): boolean => {
  const r = spawnSync("dpkg-query", ["-W", "-f=${Status}", pkg], { encoding: "utf8", timeout: 30_000 });
  return r.status === 0 && r.stdout.includes("install ok installed");
};

const run = (command: string, args: string[], timeout: number) =>
  spawnSync(command, args, { encoding: "utf8", timeout, env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });

/**
 * The tccli script to run, after installing the Debian packages it needs when they are missing (as the e2e
 * prerequisites do); or why it cannot run here. `log` says what is installed.
 */
export function ensureRealTccli(root: string, log: (line: string) => void): { script: string } | { unavailable: string } {
  const script = tccliScript(root);
  if (!fs.existsSync(script)) return { unavailable: `real tccli is not at ${script} (set TCACCEL_TCCLI to its tccli.sh)` };
  if (!fs.existsSync("/usr/bin/python3")) return { unavailable: "/usr/bin/python3 is missing" };
  if (spawnSync("dpkg-query", ["--version"], { timeout: 30_000 }).status !== 0) return { unavailable: "dpkg-query is not available (not a Debian-based system)" };
  const missing = TCCLI_APT_PACKAGES.filter((p) => !installed(p));
  if (missing.length) {
    if (process.getuid?.() !== 0) return { unavailable: `Debian packages ${missing.join(", ")} are missing and this is not root, so apt-get cannot install them` };
    log(`apt-get install ${missing.join(" ")}`);
    run("apt-get", ["update"], 5 * 60_000);
    const r = run("apt-get", ["install", "-y", "--no-install-recommends", ...missing], 15 * 60_000);
    if (r.status !== 0) return { unavailable: `apt-get install ${missing.join(" ")} failed: ${(r.stderr || String(r.error)).slice(-500)}` };
  }
  const version = spawnSync(script, ["--version"], { encoding: "utf8", timeout: 60_000 });
  if (version.status !== 0) return { unavailable: `${script} --version failed: ${(version.stderr || String(version.error)).slice(-500)}` };
  if (version.stdout.trim() !== TCCLI_VERSION) return { unavailable: `${script} is tccli ${version.stdout.trim()}, not ${TCCLI_VERSION}` };
  return { script };
}
