import * as fs from "node:fs";
import * as path from "node:path";

const markerName = ".tcaccel-installed.json";

export interface CachedInstall {
  /** Folder owned by this install; it is wiped and redone whenever its marker is missing or stale. */
  dir: string;
  /** What the marker must say, e.g. "code-server@4.139.1"; a different value means reinstall. */
  id: string;
  install(dir: string): Promise<void>;
  /** Cheap check that the install still works (a binary runs); a failure means reinstall. */
  verify(dir: string): Promise<void>;
  log(line: string): void;
}

/**
 * Reuses a finished install, or redoes it from scratch. The marker is written only after `install` and `verify` both
 * succeeded, so an install interrupted half-way (Ctrl-C, a timeout, a full disk) leaves no marker and is redone
 * rather than trusted.
 */
export async function cachedInstall(spec: CachedInstall): Promise<void> {
  const marker = path.join(spec.dir, markerName);
  if (readMarker(marker) === spec.id) {
    try {
      await spec.verify(spec.dir);
      return;
    } catch (e) {
      spec.log(`${spec.id}: cached install in ${spec.dir} no longer works (${firstLine(e)}); reinstalling`);
    }
  } else if (fs.existsSync(spec.dir)) {
    spec.log(`${spec.id}: ${spec.dir} has no completion marker (interrupted install?); reinstalling`);
  }
  fs.rmSync(spec.dir, { recursive: true, force: true });
  fs.mkdirSync(spec.dir, { recursive: true });
  const started = Date.now();
  await spec.install(spec.dir);
  await spec.verify(spec.dir);
  fs.writeFileSync(marker, JSON.stringify({ id: spec.id, finishedAt: new Date().toISOString() }, null, 2));
  spec.log(`${spec.id}: installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

function readMarker(marker: string): string | undefined {
  try {
    const id = (JSON.parse(fs.readFileSync(marker, "utf8")) as { id?: unknown }).id;
    return typeof id === "string" ? id : undefined;
  } catch {
    return undefined;
  }
}

function firstLine(e: unknown): string {
  return String(e instanceof Error ? e.message : e).split("\n")[0] ?? "";
}
