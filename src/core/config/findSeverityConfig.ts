import * as fs from "node:fs";
import * as path from "node:path";
import { CONFIG_FILE_NAME, parseSeverityConfig, type ParsedSeverityConfig } from "./severityConfig";

export interface FoundSeverityConfig extends ParsedSeverityConfig {
  file: string;
}

/** The nearest tcaccel.json walking up from a request file's folder, as Bicep finds bicepconfig.json. */
export function findSeverityConfig(requestFile: string, readFile = (p: string) => fs.readFileSync(p, "utf8")): FoundSeverityConfig | undefined {
  let dir = path.dirname(path.resolve(requestFile));
  for (let depth = 0; depth < 64; depth++) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    let text: string | undefined;
    try {
      text = readFile(candidate);
    } catch {
      text = undefined;
    }
    if (text !== undefined) return { file: candidate, ...parseSeverityConfig(text) };
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}
