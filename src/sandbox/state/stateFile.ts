import * as fs from "node:fs";
import * as path from "node:path";
import { dictionary } from "../dictionary";
import { reviveListenerState } from "./listenerState";
import { STATE_TABLES, type SandboxState } from "./sandboxState";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The saved state, or undefined when the file does not exist yet. A file that is not a sandbox state is an error. */
export function loadStateFile(file: string): SandboxState | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
  const value: unknown = JSON.parse(text);
  if (!isRecord(value) || value.formatVersion !== 1 || !isRecord(value.catalog) || !STATE_TABLES.every((k) => isRecord(value[k]))) {
    throw new Error(`${file} is not a sandbox state file (formatVersion 1)`);
  }
  // JSON.parse keeps "__proto__" as an own key of a plain object; copied into null-prototype tables, later writes
  // under such keys stay entries instead of replacing a table's prototype.
  for (const table of STATE_TABLES) value[table] = dictionary(Object.entries(value[table] as Record<string, unknown>));
  value.gaapListeners = reviveListenerState(value.gaapListeners);
  return value as unknown as SandboxState;
}

/** Writes through a temporary file and a rename, so a crash never leaves half a state behind. */
export function saveStateFile(file: string, state: SandboxState): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(state));
  fs.renameSync(temp, file);
}

/** Coalesces writes: many changes in a burst cost one write; `flush` writes at once (on close). */
export function createStateSaver(file: string, current: () => SandboxState, delayMs = 100) {
  let timer: NodeJS.Timeout | undefined;
  let dirty = false;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!dirty) return;
    dirty = false;
    saveStateFile(file, current());
  };
  return {
    schedule() {
      dirty = true;
      if (timer) return;
      timer = setTimeout(flush, delayMs);
      // A pending write must not keep a finished process alive; close() flushes it.
      timer.unref();
    },
    flush,
  };
}
