import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const packageName = "tencent-cloud-acceleration";

/**
 * Walks up from this file to the repository root. The same code runs compiled by tsc (out/test/e2e/support)
 * and bundled by esbuild (out/e2e-harness for `npm start`), so a fixed number of `..` would be wrong in one of them.
 */
function findRepoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (fs.existsSync(manifest)) {
      try {
        if ((JSON.parse(fs.readFileSync(manifest, "utf8")) as { name?: unknown }).name === packageName) return dir;
      } catch {
        // A broken package.json somewhere above us is not ours; keep walking.
      }
    }
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

/** Where the end-to-end machinery reads and writes. */
export const e2ePaths = {
  repoRoot: findRepoRoot(),
  /** Outside the clone so that a fresh clone reuses the minutes-long code-server install. */
  cacheDir: process.env.TCACCEL_E2E_CACHE || path.join(os.homedir(), ".cache", "tcaccel-e2e"),
  /** Screenshots and logs; TCACCEL_E2E_OUTPUT moves them (two runs at once must not clear each other's). */
  get outputDir(): string {
    return process.env.TCACCEL_E2E_OUTPUT || path.join(this.repoRoot, "test-output", "e2e");
  },
};
