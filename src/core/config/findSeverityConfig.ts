import * as fs from "node:fs";
import * as path from "node:path";
import { CONFIG_LIMITS } from "../validation/documentLimits";
import { CONFIG_FILE_NAME, parseSeverityConfig, type ParsedSeverityConfig } from "./severityConfig";

export interface FoundSeverityConfig extends ParsedSeverityConfig {
  file: string;
}

/** A file's text, or undefined when there is no regular file there (a folder, a FIFO, a device are not read). */
export type ReadConfig = (file: string) => string | undefined;

/**
 * Reads a regular file of at most CONFIG_LIMITS.maxLength bytes and one more, so that a longer one is reported as
 * too large without being read whole (a symlink to /dev/zero is not a regular file; /proc files claim size 0).
 */
export function readConfigFile(file: string): string | undefined {
  let fd: number | undefined;
  try {
    if (!fs.statSync(file).isFile()) return undefined;
    fd = fs.openSync(file, "r");
    const buffer = Buffer.alloc(CONFIG_LIMITS.maxLength + 1);
    let size = 0;
    for (let n = -1; n !== 0 && size < buffer.length; size += n) n = fs.readSync(fd, buffer, size, buffer.length - size, null);
    return buffer.toString("utf8", 0, size);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * The nearest tcaccel.json walking up from a request file's folder, as Bicep finds bicepconfig.json, but no higher
 * than `stopDir` (the workspace folder): a file above it, up to `/`, is not the project's and could switch off the
 * rules that block Send. When the request file is not inside `stopDir`, only its own folder is looked in.
 */
export function findSeverityConfig(requestFile: string, stopDir: string, readFile: ReadConfig = readConfigFile): FoundSeverityConfig | undefined {
  let dir = path.dirname(path.resolve(requestFile));
  const stop = path.resolve(stopDir);
  const relative = path.relative(stop, dir);
  const inside = relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    const text = readFile(candidate);
    if (text !== undefined) return { file: candidate, ...parseSeverityConfig(text) };
    const parent = path.dirname(dir);
    if (!inside || dir === stop || parent === dir) return undefined;
    dir = parent;
  }
}
