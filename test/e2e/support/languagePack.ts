import * as fs from "node:fs";
import * as path from "node:path";
import { vsceBin } from "./buildVsix";
import { execBounded } from "./execBounded";

/**
 * There is no download of VS Code's Chinese language pack here, and `--locale zh-cn` alone leaves
 * `vscode.env.language` at `en`. A language pack that translates nothing is enough to switch the extension's own
 * strings (package.nls.zh-cn.json, l10n/bundle.l10n.zh-cn.json) to Chinese; VS Code's menus stay English.
 */
export interface LanguagePack {
  vsix: string;
  id: string;
  version: string;
}

const publisher = "tcaccel-e2e";
const name = "zh-cn-minimal-language-pack";
const version = "1.0.0";

export async function buildZhCnLanguagePack(workDir: string): Promise<LanguagePack> {
  const dir = path.join(workDir, "zh-cn-language-pack");
  fs.mkdirSync(path.join(dir, "translations"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify(
      {
        name,
        publisher,
        version,
        displayName: "Chinese (Simplified) minimal language pack for tests",
        license: "MIT",
        engines: { vscode: "^1.85.0" },
        categories: ["Language Packs"],
        contributes: {
          localizations: [
            {
              languageId: "zh-cn",
              languageName: "Chinese Simplified",
              localizedLanguageName: "中文(简体)",
              translations: [{ id: "vscode", path: "./translations/main.i18n.json" }],
            },
          ],
        },
      },
      null,
      2,
    ),
  );
  fs.writeFileSync(path.join(dir, "translations", "main.i18n.json"), JSON.stringify({ version: "1.0.0", contents: {} }));
  fs.writeFileSync(path.join(dir, "README.md"), "# Minimal zh-cn language pack for end-to-end tests\n");
  const vsix = path.join(workDir, `${name}-${version}.vsix`);
  await execBounded(
    process.execPath,
    [vsceBin(), "package", "--no-dependencies", "--skip-license", "--allow-missing-repository", "--out", vsix],
    { cwd: dir, timeoutMs: 2 * 60_000, label: "vsce package (zh-cn language pack)" },
  );
  return { vsix, id: `${publisher}.${name}`, version };
}

/**
 * VS Code normally writes `<user-data-dir>/languagepacks.json` when it installs a pack from the gallery; a pack
 * installed from a VSIX on the command line is not registered there, so the locale would not take. Written before
 * code-server starts.
 */
export function writeLanguagePacksJson(userDataDir: string, extensionsDir: string, pack: LanguagePack): void {
  const translations = path.join(extensionsDir, `${pack.id}-${pack.version}`, "translations", "main.i18n.json");
  const content = {
    "zh-cn": {
      hash: `tcaccel-e2e-${pack.version}`,
      extensions: [{ extensionIdentifier: { id: pack.id }, version: pack.version }],
      translations: { vscode: translations },
      label: "中文(简体)",
    },
  };
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, "languagepacks.json"), JSON.stringify(content, null, 2));
}
