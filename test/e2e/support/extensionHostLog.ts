import * as fs from "node:fs";
import * as path from "node:path";

/**
 * The extension host's log is where activation and uncaught errors of extensions show. code-server writes it to
 * `<user-data-dir>/logs/<time>/exthost<N>/remoteexthost.log` (desktop VS Code: `.../window<N>/exthost/exthost.log`);
 * a window reload starts a new exthost<N>, so every one found is read, oldest first.
 */
function extensionHostLogFiles(userDataDir: string): string[] {
  return logFiles(userDataDir, (file) => /^(remote)?exthost\.log$/.test(path.basename(file)));
}

export function readExtensionHostLog(userDataDir: string): string {
  return concatenate(extensionHostLogFiles(userDataDir));
}

/** The extension's own log channel (`createOutputChannel(name, { log: true })`): `exthost<N>/<extension id>/*.log`. */
export function readExtensionLog(userDataDir: string, extensionId: string): string {
  const id = extensionId.toLowerCase();
  return concatenate(logFiles(userDataDir, (file) => path.basename(path.dirname(file)).toLowerCase() === id && file.endsWith(".log")));
}

function logFiles(userDataDir: string, wanted: (file: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number): void => {
    if (depth > 4 || !fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p, depth + 1);
      else if (wanted(p)) found.push(p);
    }
  };
  walk(path.join(userDataDir, "logs"), 0);
  return found.sort();
}

function concatenate(files: readonly string[]): string {
  return files.map((file) => `===== ${file}\n${fs.readFileSync(file, "utf8")}`).join("\n");
}

/** A log entry starts with a timestamp; the lines after it (a stack) belong to it. */
function entries(log: string): string[] {
  const out: string[] = [];
  for (const line of log.split("\n")) {
    if (/^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d/.test(line) || line.startsWith("=====") || out.length === 0) out.push(line);
    else out[out.length - 1] += `\n${line}`;
  }
  return out;
}

/** True once the extension host has started activating the extension. */
export function activationLogged(log: string, extensionId: string): boolean {
  const id = extensionId.toLowerCase();
  return entries(log).some((e) => {
    const l = e.toLowerCase();
    return l.includes(id) && (l.includes("activating extension") || l.includes("_doactivateextension"));
  });
}

/**
 * Errors and warnings that concern the extension: entries at level error that name its id or come from its
 * installed folder (its stack frames), and the host's "Activating extension ... failed". Other extensions' noise
 * (a failed gallery look-up, a built-in without git) is not ours to fail on.
 */
export function extensionHostErrors(log: string, extensionId: string): string[] {
  const id = extensionId.toLowerCase();
  return entries(log).filter((e) => {
    const l = e.toLowerCase();
    const mentionsUs = l.includes(id);
    return mentionsUs && (/\[error\]/.test(l) || /activating extension .* failed/.test(l));
  });
}

/** Entries the extension itself logged at level error (its own channel names only itself). */
export function extensionLogErrors(log: string): string[] {
  return entries(log).filter((e) => /^\S+ \S+ \[error\]/.test(e));
}
