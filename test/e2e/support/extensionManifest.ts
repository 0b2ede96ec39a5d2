import * as fs from "node:fs";
import * as path from "node:path";
import { e2ePaths } from "./e2ePaths";

/**
 * The extension's manifest as a user sees it: `%key%` placeholders resolved from package.nls(.zh-cn).json. Flows
 * find the view container and commands by these titles, so renaming a title in the manifest does not break them.
 * Shared by the browser flows and the @vscode/test-electron suite; imports nothing from vscode or playwright.
 */
export interface ExtensionManifest {
  /** publisher.name, as in the extension host log and `vscode.extensions.getExtension`. */
  id: string;
  version: string;
  viewContainers: { id: string; title: string }[];
  views: { id: string; name: string; container: string }[];
  commands: { command: string; title: string; category?: string }[];
}

interface RawManifest {
  name: string;
  publisher: string;
  version: string;
  contributes?: {
    viewsContainers?: Record<string, { id: string; title: string }[]>;
    views?: Record<string, { id: string; name: string }[]>;
    commands?: { command: string; title: string; category?: string }[];
  };
}

export function readExtensionManifest(locale: "en" | "zh-cn" = "en", root = e2ePaths.repoRoot): ExtensionManifest {
  const raw = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as RawManifest;
  const nls = { ...readJson(path.join(root, "package.nls.json")), ...(locale === "zh-cn" ? readJson(path.join(root, "package.nls.zh-cn.json")) : {}) };
  const t = (s: string): string => s.replace(/^%(.+)%$/, (whole, key: string) => nls[key] ?? whole);
  const c = raw.contributes ?? {};
  return {
    id: `${raw.publisher}.${raw.name}`,
    version: raw.version,
    viewContainers: Object.values(c.viewsContainers ?? {}).flat().map((v) => ({ id: v.id, title: t(v.title) })),
    views: Object.entries(c.views ?? {}).flatMap(([container, views]) => views.map((v) => ({ id: v.id, name: t(v.name), container }))),
    commands: (c.commands ?? []).map((cmd) => ({
      command: cmd.command,
      title: t(cmd.title),
      ...(cmd.category ? { category: t(cmd.category) } : {}),
    })),
  };
}

/** How the command palette shows a command: "Category: Title". */
export function paletteLabel(command: { title: string; category?: string }): string {
  return command.category ? `${command.category}: ${command.title}` : command.title;
}

export function manifestCommand(manifest: ExtensionManifest, id: string): { command: string; title: string; category?: string } {
  const found = manifest.commands.find((c) => c.command === id);
  if (!found) throw new Error(`package.json contributes no command "${id}" (has: ${manifest.commands.map((c) => c.command).join(", ") || "none"})`);
  return found;
}

/** The extension's own activity-bar container (the one holding the Proxies view). */
export function proxiesContainer(manifest: ExtensionManifest): { id: string; title: string } {
  const container = manifest.viewContainers[0];
  if (!container) throw new Error("package.json contributes no activity-bar view container (contributes.viewsContainers.activitybar)");
  return container;
}

function readJson(file: string): Record<string, string> {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>) : {};
}
