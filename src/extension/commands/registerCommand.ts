import * as vscode from "vscode";
import { isCancelled } from "../../core/errors/cancelledError";
import type { Logger } from "../../core/logger";
import type { CommandId } from "../constants";
import { describeError } from "../errors/describeError";
import { UserCancelled } from "./userCancelled";

/**
 * The one way commands are registered: a failure is logged and shown once, in the user's language, with what to
 * do and the RequestId; a user's cancel stays silent.
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
        // The core's CancelledError (an AbortSignal fired because the user cancelled a progress) is silent too.
        if (e instanceof UserCancelled || e instanceof vscode.CancellationError || isCancelled(e)) return undefined;
        const described = describeError(e);
        log.error(`${id} failed: ${described.logLine}`);
        void vscode.window.showErrorMessage(described.message);
        return undefined;
      }
    }),
  );
}
