import * as fs from "node:fs";
// jszip is already here through @vscode/test-electron and ships its own types; a VSIX is a plain zip.
import JSZip from "jszip";

/** The paths inside a VSIX (a zip), files only, sorted. */
export async function vsixContents(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  return Object.values(zip.files)
    .filter((entry) => !entry.dir)
    .map((entry) => entry.name)
    .sort();
}

/**
 * What may ship: the bundles, media, l10n, the manifest and its translations, README, CHANGELOG and LICENSE (vsce
 * stores them as readme.md, changelog.md and LICENSE.txt), plus the two files vsce itself writes. Anything else
 * (sources, maps, node_modules, test output, a stray .env) is a packaging mistake.
 */
const allowed: readonly RegExp[] = [
  /^extension\.vsixmanifest$/,
  /^\[Content_Types\]\.xml$/,
  /^extension\/package\.json$/,
  /^extension\/package\.nls(\.[a-z-]+)?\.json$/,
  /^extension\/(readme\.md|changelog\.md|license(\.txt)?)$/i,
  /^extension\/dist\/.+/,
  /^extension\/media\/.+/,
  /^extension\/l10n\/.+/,
];

/** Maps and TypeScript would ship the sources; production bundles contain no node_modules. */
const forbidden: readonly RegExp[] = [/\.map$/, /\.ts$/, /(^|\/)node_modules\//];

export function unexpectedVsixEntries(entries: readonly string[]): string[] {
  return entries.filter((e) => !allowed.some((re) => re.test(e)) || forbidden.some((re) => re.test(e)));
}
