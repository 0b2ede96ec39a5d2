import * as fs from "node:fs";
import * as path from "node:path";

const pollMs = 2_000;

/**
 * Serialises installs into the shared cache: two clones (or `npm test` and `npm start`) running at once must not
 * both unpack code-server into the same folder. `mkdir` is atomic, so the lock is a folder holding the owner's pid;
 * a lock whose owner is dead is stale and taken over.
 */
export async function withInstallLock<T>(
  cacheDir: string,
  timeoutMs: number,
  log: (line: string) => void,
  fn: () => Promise<T>,
): Promise<T> {
  fs.mkdirSync(cacheDir, { recursive: true });
  const lock = path.join(cacheDir, "install.lock");
  const deadline = Date.now() + timeoutMs;
  let announced = false;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, "pid"), String(process.pid));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const owner = lockOwner(lock);
    if (owner === "stale") {
      fs.rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${Math.round(timeoutMs / 1000)} s waiting for process ${owner} to finish installing into ${cacheDir} (lock: ${lock})`);
    }
    if (!announced) log(`waiting for process ${owner}, which is installing into ${cacheDir}`);
    announced = true;
    await new Promise((r) => setTimeout(r, pollMs));
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** The live owner's pid (or "starting" while it is between mkdir and writing its pid), else "stale". */
function lockOwner(lock: string): number | "starting" | "stale" {
  try {
    const pid = Number(fs.readFileSync(path.join(lock, "pid"), "utf8"));
    return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : "stale";
  } catch {
    try {
      return Date.now() - fs.statSync(lock).mtimeMs < 10_000 ? "starting" : "stale";
    } catch {
      return "stale";
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
