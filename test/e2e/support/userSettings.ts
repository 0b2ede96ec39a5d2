import * as fs from "node:fs";
import * as path from "node:path";

/**
 * Settings every run needs: without the first, Restricted Mode disables the extension; the second keeps the
 * Welcome page from covering what the flows look at. Telemetry and update checks only add noise to the logs.
 */
const baseSettings: Readonly<Record<string, unknown>> = {
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "workbench.tips.enabled": false,
  // VS Code 1.139 opens a Chat side bar on first start; it only takes room from what the screenshots show.
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "chat.disableAIFeatures": true,
};

/** Writes `<userDataDir>/User/keybindings.json`. */
export function writeUserKeybindings(userDataDir: string, keybindings: readonly Readonly<Record<string, unknown>>[]): string {
  const file = path.join(userDataDir, "User", "keybindings.json");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(keybindings, null, 2));
  return file;
}

/** Writes `<userDataDir>/User/settings.json` (the same place for code-server and desktop VS Code). */
export function writeUserSettings(userDataDir: string, settings: Readonly<Record<string, unknown>>): string {
  const file = path.join(userDataDir, "User", "settings.json");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ ...baseSettings, ...settings }, null, 2));
  return file;
}
