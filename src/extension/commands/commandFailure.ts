import { CancelledError } from "../../core/errors/cancelledError";
import { UserCancelled } from "./userCancelled";

/**
 * The vscode-free half of the command wrapper (unit-tested under plain Node): which failures are a user's cancel,
 * and the secret-free text of the others.
 */

/**
 * A user's cancel: a prompt backed out of (UserCancelled), a cancelled progress (the core's CancelledError, or what
 * the caller passes as `alsoCancel`, e.g. vscode.CancellationError). Not any error that happens to be named
 * "AbortError": a request aborted by a timeout is a failure the user must see.
 */
export function isUserCancel(e: unknown, alsoCancel: (e: unknown) => boolean = () => false): boolean {
  return e instanceof UserCancelled || e instanceof CancelledError || alsoCancel(e);
}

// SecretIds start with AKID; SecretKeys are 32 letters and digits mixing lower case, upper case and digits.
const SECRET_ID = /AKID[0-9A-Za-z]{12,}/g;
const SECRET_KEY = /(?<![0-9A-Za-z])(?=[0-9A-Za-z]{0,31}[a-z])(?=[0-9A-Za-z]{0,31}[A-Z])(?=[0-9A-Za-z]{0,31}\d)[0-9A-Za-z]{32}(?![0-9A-Za-z])/g;

/** The text with anything shaped like a SecretId or SecretKey replaced: an error's message can quote a request. */
export function withoutSecrets(text: string): string {
  return text.replace(SECRET_ID, "AKID***").replace(SECRET_KEY, "***");
}
