import type { CredentialSource } from "./credential";
import { SYNTAX_PROBLEMS, type SyntaxProblem } from "./syntaxProblem";

/** Stable codes; `explainError` words them (the catalogue in src/core/errors holds the sentences). */
export type CredentialErrorCode =
  | "Credential.FileUnreadable"
  | "Credential.InvalidJson"
  | "Credential.InvalidIni"
  | "Credential.MissingKey"
  | "Credential.SpacesInKey"
  | "Credential.UnsupportedType"
  | "Credential.IncompleteEnvironment"
  | "Credential.ProfileNotFound"
  | "Credential.NotFound"
  | "Credential.NotSandboxKey";

export interface CredentialErrorInit {
  code: CredentialErrorCode;
  source?: CredentialSource;
  /** The file concerned, always named so the user knows which one to fix. */
  file?: string;
  /** 1-based line of a syntax error. */
  line?: number;
  profile?: string;
  /** What is wrong with the file's syntax, worded by SYNTAX_PROBLEMS (never the parser's message, which quotes). */
  problem?: SyntaxProblem;
  /** The missing key or variable, the unsupported type, an errno code: names, never the file's content. */
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
  readonly problem?: SyntaxProblem;
  readonly detail?: string;

  constructor(init: CredentialErrorInit) {
    const where = [init.file, init.line !== undefined ? `line ${init.line}` : undefined, init.profile && `profile ${init.profile}`]
      .filter(Boolean)
      .join(", ");
    const why = init.problem ? SYNTAX_PROBLEMS[init.problem].en : init.detail;
    super(`${init.code}${where ? ` (${where})` : ""}${why ? `: ${why}` : ""}`);
    this.code = init.code;
    if (init.source !== undefined) this.source = init.source;
    if (init.file !== undefined) this.file = init.file;
    if (init.line !== undefined) this.line = init.line;
    if (init.profile !== undefined) this.profile = init.profile;
    if (init.problem !== undefined) this.problem = init.problem;
    if (init.detail !== undefined) this.detail = init.detail;
  }

  /** Parameters for `explainError`. */
  get params(): Record<string, string | number> {
    const p: Record<string, string | number> = {};
    if (this.problem) {
      p.problem_en = SYNTAX_PROBLEMS[this.problem].en;
      p.problem_zh = SYNTAX_PROBLEMS[this.problem].zh;
    }
    if (this.file) p.file = this.file;
    if (this.line !== undefined) p.line = this.line;
    if (this.profile) p.profile = this.profile;
    if (this.detail) p.detail = this.detail;
    return p;
  }
}
