import * as fs from "node:fs";
import * as os from "node:os";
import type { CredentialContext } from "../core/credentials/credentialContext";

/**
 * Text from outside (names, IDs, paths, server messages) as one line on a terminal: control characters (terminal
 * escapes, newlines) and bidi overrides become "?".
 */
export const terminalText = (text: string): string => text.replace(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, "?");

/** The credential sources as the CLI reads them: the process's environment and the real home folder. */
export const cliCredentialContext = (env: NodeJS.ProcessEnv): CredentialContext => ({
  env,
  homeDir: os.homedir(),
  fs: { readFile: (p, encoding) => fs.promises.readFile(p, encoding), readdir: (p) => fs.promises.readdir(p) },
});
