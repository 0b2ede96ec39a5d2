// `npm run test:vscode`: the extension in a desktop VS Code downloaded by @vscode/test-electron.
// For machines with internet only: it downloads VS Code from Microsoft's update servers (into .vscode-test/), which
// the CI machines cannot reach; there the browser flows (test/e2e) are the proof. Runs on the oldest VS Code the
// manifest accepts (engines.vscode) and on stable; TCACCEL_VSCODE_VERSION=<version> runs just that one.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runTests } from "@vscode/test-electron";
import { e2ePaths } from "../e2e/support/e2ePaths";
import { sandboxConnection, startSandbox } from "../e2e/support/sandboxConnection";
import { writeUserSettings } from "../e2e/support/userSettings";

function versions(): string[] {
  if (process.env.TCACCEL_VSCODE_VERSION) return [process.env.TCACCEL_VSCODE_VERSION];
  const engine = (JSON.parse(fs.readFileSync(path.join(e2ePaths.repoRoot, "package.json"), "utf8")) as { engines: { vscode: string } }).engines.vscode;
  return [engine.replace(/^[\^~>=\s]+/, ""), "stable"];
}

async function main(): Promise<number> {
  const sandbox = await startSandbox({ seed: "demo" });
  try {
    const connection = sandboxConnection(sandbox);
    for (const version of versions()) {
      console.log(`\n▶ VS Code ${version}`);
      const root = fs.mkdtempSync(path.join(os.tmpdir(), "tcaccel-vscode-"));
      const workspace = path.join(root, "workspace");
      fs.mkdirSync(workspace, { recursive: true });
      const userDataDir = path.join(root, "user-data");
      writeUserSettings(userDataDir, connection.settings);
      try {
        await runTests({
          version,
          extensionDevelopmentPath: e2ePaths.repoRoot,
          extensionTestsPath: path.join(__dirname, "suite", "index"),
          launchArgs: [workspace, `--user-data-dir=${userDataDir}`, `--extensions-dir=${path.join(root, "extensions")}`, "--disable-extensions"],
          extensionTestsEnv: connection.env,
        });
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    }
    return 0;
  } finally {
    await sandbox.close();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`✖ test:vscode: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
