import type { Credential } from "./credential";

/** The part of `fs.promises` the readers use, so tests hand in temp dirs and the extension the real disk. */
export interface CredentialFs {
  readFile(path: string, encoding: "utf8"): Promise<string>;
  readdir(path: string): Promise<string[]>;
}

/** Keys stored by "Sign in" (VS Code SecretStorage): names are listed without reading a secret. */
export interface SignedInKeys {
  /** Profile names, oldest first. */
  names(): readonly string[];
  /** The stored pair, or undefined when it is gone (the keychain was reset, another window signed out). */
  credential(name: string): Promise<Credential | undefined>;
}

/** Everything the credential sources read; nothing is taken from globals. */
export interface CredentialContext {
  env: Readonly<Record<string, string | undefined>>;
  homeDir: string;
  fs: CredentialFs;
  /** Handed in by the VS Code layer; the CLI has none. */
  signedIn?: SignedInKeys;
}
