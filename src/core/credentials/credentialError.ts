import type { CredentialSource } from "./credential";

/** Stable codes; `explainError` words them (the catalogue in src/core/errors holds the sentences). */
export type CredentialErrorCode =
  | "Credential.FileUnreadable"
  | "Credential.InvalidJson"
  | "Credential.InvalidIni"
  | "Credential.MissingKey"
  | "Credential.UnsupportedType"
  | "Credential.IncompleteEnvironment"
  | "Credential.ProfileNotFound"
  | "Credential.NotFound";

export interface CredentialErrorInit {
  code: CredentialErrorCode;
  source?: CredentialSource;
  /** The file concerned, always named so the user knows which one to fix. */
  file?: string;
  /** 1-based line of an INI syntax error. */
  line?: number;
  profile?: string;
  /** The missing key, the unsupported type or the parser's complaint. */
  detail?: string;
}

/**
 * A credential source that cannot be used. Thrown or collected instead of crashing, so that one bad file
 * never hides the other profiles.
 */
export class CredentialError extends Error {
  override readonly name = "CredentialError";
  readonly code: CredentialErrorCode;
  readonly source?: CredentialSource;
  readonly file?: string;
  readonly line?: number;
  readonly profile?: string;
  readonly detail?: string;

  constructor(init: CredentialErrorInit) {
    const where = [init.file, init.line !== undefined ? `line ${init.line}` : undefined, init.profile && `profile ${init.profile}`]
      .filter(Boolean)
      .join(", ");
    super(`${init.code}${where ? ` (${where})` : ""}${init.detail ? `: ${init.detail}` : ""}`);
    this.code = init.code;
    if (init.source !== undefined) this.source = init.source;
    if (init.file !== undefined) this.file = init.file;
    if (init.line !== undefined) this.line = init.line;
    if (init.profile !== undefined) this.profile = init.profile;
    if (init.detail !== undefined) this.detail = init.detail;
  }

  /** Parameters for `explainError`. */
  get params(): Record<string, string | number> {
    const p: Record<string, string | number> = {};
    if (this.file) p.file = this.file;
    if (this.line !== undefined) p.line = this.line;
    if (this.profile) p.profile = this.profile;
    if (this.detail) p.detail = this.detail;
    return p;
  }
}
