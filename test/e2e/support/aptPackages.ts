import * as fs from "node:fs";
import * as path from "node:path";
import { execBounded } from "./execBounded";

/** Debian packages that are installed exactly (`dpkg-query` says "install ok installed") are never touched. */
export async function missingAptPackages(packages: readonly string[]): Promise<string[]> {
  if (!onPath("dpkg-query")) return [...packages];
  const missing: string[] = [];
  for (const pkg of packages) {
    try {
      const { stdout } = await execBounded("dpkg-query", ["-W", "-f=${Status}", pkg], { timeoutMs: 30_000 });
      if (!stdout.includes("install ok installed")) missing.push(pkg);
    } catch {
      missing.push(pkg); // dpkg-query exits 1 for a package it has never heard of
    }
  }
  return missing;
}

/** Why apt-get cannot be used here, or undefined when it can. */
export function aptUnavailableReason(): string | undefined {
  if (!onPath("apt-get")) return "apt-get is not available (not a Debian-based system)";
  if (process.getuid?.() !== 0) return "not running as root, so apt-get install is not possible";
  return undefined;
}

export async function installAptPackages(packages: readonly string[], logFile: string): Promise<void> {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  // An install interrupted earlier (Ctrl-C, a timeout) leaves dpkg half-configured and every later apt-get failing.
  await execBounded("dpkg", ["--configure", "-a"], { env, timeoutMs: 10 * 60_000, logFile, label: "dpkg --configure -a" });
  // The package lists may be absent (fresh container) or old; one update is cheap next to the install.
  await execBounded("apt-get", ["update"], { env, timeoutMs: 5 * 60_000, logFile, label: "apt-get update" });
  await execBounded("apt-get", ["install", "-y", "--no-install-recommends", ...packages], {
    env,
    timeoutMs: 15 * 60_000,
    logFile,
    label: `apt-get install ${packages.join(" ")}`,
  });
}

export function onPath(command: string): boolean {
  return (process.env.PATH ?? "")
    .split(path.delimiter)
    .some((dir) => dir !== "" && isExecutable(path.join(dir, command)));
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
