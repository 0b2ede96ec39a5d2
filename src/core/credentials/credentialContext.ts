import type { Credential } from "./credential";

/** The part of `fs.promises` the readers use, so tests hand in temp dirs and the extension the real disk. */
export interface CredentialFs {
  readFile(path: string, encoding: "utf8"): Promise<string>;
  readdir(path: string): Promise<string[]>;
}

/** Everything the credential sources read; nothing is taken from globals. */
export interface CredentialContext {
  env: Readonly<Record<string, string | undefined>>;
  homeDir: string;
  fs: CredentialFs;
  /** Keys from "Sign in" (VS Code SecretStorage), handed in by the VS Code layer. */
  explicit?: Credential;
}
