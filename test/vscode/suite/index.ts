// Loaded by VS Code as --extensionTestsPath: registers the suites, then runs them in the extension host.
import { runRegisteredTests } from "./vscodeTest";
import "./activation.suite";
import "./commands.suite";

export function run(): Promise<void> {
  return runRegisteredTests();
}
