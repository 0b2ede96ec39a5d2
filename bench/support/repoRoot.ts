import * as fs from "node:fs";
import * as path from "node:path";

/** The clone's root, found by walking up from the running bundle (out/bench-bundle) or the compiled file. */
export function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, "utf8")) as { name?: unknown }).name === "tencent-cloud-acceleration") {
      return dir;
    }
    if (path.dirname(dir) === dir) return process.cwd();
  }
}
