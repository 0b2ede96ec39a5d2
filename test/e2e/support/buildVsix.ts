import * as fs from "node:fs";
import * as path from "node:path";
import { e2ePaths } from "./e2ePaths";
import { execBounded } from "./execBounded";

/**
 * The same flags as `npm run package`. The README's relative links (docs/...) would make vsce fail: it rewrites them
 * to the repository's URL and knows only GitHub and GitLab ones.
 */
const vscePackageFlags = ["--no-dependencies", "--no-rewrite-relative-links"] as const;

export interface BuiltVsix {
  file: string;
  bytes: number;
}

/**
 * What `npm run package` does (production bundles, then `vsce package --no-dependencies`, since the bundles already
 * contain the dependencies), writing the VSIX to `outFile` so that tests never litter the clone's root.
 */
export async function buildVsix(outFile: string): Promise<BuiltVsix> {
  const root = e2ePaths.repoRoot;
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.rmSync(outFile, { force: true });
  await execBounded(process.execPath, ["esbuild.js", "--production"], {
    cwd: root,
    timeoutMs: 5 * 60_000,
    label: "node esbuild.js --production",
  });
  await execBounded(process.execPath, [vsceBin(), "package", ...vscePackageFlags, "--out", outFile], {
    cwd: root,
    timeoutMs: 5 * 60_000,
    label: `vsce package ${vscePackageFlags.join(" ")}`,
  });
  return { file: outFile, bytes: fs.statSync(outFile).size };
}

/** vsce's CLI script; run with our own node rather than through a shell and node_modules/.bin. */
export function vsceBin(): string {
  return path.join(path.dirname(require.resolve("@vscode/vsce/package.json")), "vsce");
}
