import { CredentialError } from "../core/credentials/credentialError";
import { ApiError } from "../core/errors/apiError";
import { explainApiError, explainError } from "../core/errors/explainError";
import type { Language } from "../core/messages/language";
import type { CliIO } from "./cliIO";
import { EXIT } from "./exitCodes";
import { terminalText } from "./terminalText";

/** An error as the CLI shows it: code, what happened and what to do in the chosen language, the RequestId. */
export interface CliError {
  code: string;
  what: string;
  todo: string;
  /** Present for what the API or the network did ("" when no answer came); absent for local problems. */
  requestId?: string;
  /** The parameter of the request file it concerns (JSON pointer). */
  path?: string;
  /** The server's own message, for a code the catalogue words only in general. */
  message?: string;
}

export function cliError(e: unknown, lang: Language): CliError {
  if (e instanceof ApiError) {
    const { what, todo } = explainApiError(e, lang);
    return { code: e.code, what, todo, requestId: e.requestId, ...(e.path ? { path: e.path } : {}), ...(e.message ? { message: e.message } : {}) };
  }
  if (e instanceof CredentialError) {
    const { what, todo } = explainError(e.code, lang, e.params);
    return { code: e.code, what, todo };
  }
  const what = e instanceof Error ? e.message : String(e);
  return { code: "", what, todo: "" };
}

/** The error on stderr, one fact a line; external text is made safe for the terminal. */
export function printError(error: CliError, lang: Language, io: Pick<CliIO, "stderr">): void {
  const zh = lang === "zh-cn";
  const lines = [`tcaccel: ${error.code ? `${error.code}: ` : ""}${error.what}`];
  if (error.todo) lines.push(`  ${zh ? "怎么办" : "What to do"}: ${error.todo}`);
  if (error.path) lines.push(`  ${zh ? "参数" : "Parameter"}: ${error.path}`);
  if (error.message && error.message !== error.what) lines.push(`  ${zh ? "服务器信息" : "Server message"}: ${error.message}`);
  if (error.requestId !== undefined) lines.push(`  RequestId: ${error.requestId || (zh ? "（无：请求未得到应答）" : "(none: no answer was received)")}`);
  io.stderr(lines.map((l) => terminalText(l)).join("\n") + "\n");
}

/**
 * The exit code of a failed command, after printing why: 2 for a usage or credential problem (the call could not be
 * made as given), 3 for what the API or the network did.
 */
export function reportFailure(e: unknown, lang: Language, io: Pick<CliIO, "stderr">): number {
  // A usage error goes to `main` (which prints the usage); anything else unexpected is a bug, reported there too.
  if (!(e instanceof ApiError || e instanceof CredentialError)) throw e;
  printError(cliError(e, lang), lang, io);
  return e instanceof CredentialError ? EXIT.usage : EXIT.api;
}
