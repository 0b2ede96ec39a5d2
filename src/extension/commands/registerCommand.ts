import * as vscode from "vscode";
import type { Logger } from "../../core/logger";
import type { CommandId } from "../constants";
import { describeError } from "../errors/describeError";
import { isUserCancel, withoutSecrets } from "./commandFailure";

/**
 * The one way commands are registered: a failure is logged and shown once, in the user's language, with what to
 * do and the RequestId, never a secret; only a user's cancel stays silent.
 *
 * After showing it, the wrapper returns undefined rather than rethrowing: VS Code answers a command that rejects
 * from the palette, a menu or a keybinding with a second, generic "Running the contributed command … failed"
 * notification. The failure is in the log for a caller of executeCommand (tests read it there).
 */
export function registerCommand<A extends unknown[]>(
  context: vscode.ExtensionContext,
  log: Logger,
  id: CommandId,
  handler: (...args: A) => unknown,
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(id, async (...args: A) => {
      try {
        return await handler(...args);
      } catch (e) {
        if (isUserCancel(e, (x) => x instanceof vscode.CancellationError)) {
          log.debug(`${id} cancelled by the user`);
          return undefined;
        }
        const described = describeError(e);
        log.error(`${id} failed: ${withoutSecrets(described.logLine)}`);
        void vscode.window.showErrorMessage(withoutSecrets(described.message));
        return undefined;
      }
    }),
  );
}
