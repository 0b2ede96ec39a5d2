import type * as vscode from "vscode";
import { liveChecks } from "../../core/live/liveChecks";
import type { LiveSource } from "../../core/live/liveSource";
import type { Logger } from "../../core/logger";
import { placeFindings } from "../../core/validation/placeFindings";
import type { LiveChecker } from "./requestDiagnostics";

/** Live checks of a request file against the active account, cancelled when the file changes again. */
export function liveChecker(liveSource: () => LiveSource | undefined, log: Logger): LiveChecker {
  return async (doc: vscode.TextDocument, validation, token) => {
    const source = liveSource();
    if (!source) return [];
    const controller = new AbortController();
    const cancel = token.onCancellationRequested(() => controller.abort());
    try {
      const found = await liveChecks(validation, source, controller.signal);
      return placeFindings(doc.getText(), found);
    } catch (e) {
      // Offline, signed out or failing: the live findings vanish rather than turning into false errors.
      log.debug(`live checks skipped: ${e instanceof Error ? e.message : String(e)}`);
      return [];
    } finally {
      cancel.dispose();
    }
  };
}
