/** What a rule found in a request, without words: messages.ts words it in the user's language. */
export type Severity = "error" | "warning" | "info";

export interface Position {
  /** Zero-based, as in LSP and VS Code. */
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Data a quick fix needs; the VS Code layer turns it into an edit. */
export type FixHint =
  | { kind: "replace-value"; value: unknown }
  | { kind: "rename-key"; to: string }
  | { kind: "remove-parameter" }
  | { kind: "add-parameter"; name: string; value: unknown };

export type FindingParams = Record<string, string | number | boolean | readonly (string | number)[]>;

/** A finding located by JSON pointer only (rules and value-level validation produce these). */
export interface PathFinding {
  /** JSON pointer of the parameter concerned ("" for the whole document). */
  path: string;
  severity: Severity;
  /** Stable identifier; `tcaccel.json` tunes severities by it. */
  code: string;
  params: FindingParams;
  /** Where the range goes: the key (unknown or deprecated parameter), the value, or the enclosing object (missing). */
  target: "key" | "value" | "object";
  fix?: FixHint;
  /** Live findings depend on the account and vanish when it cannot be reached. */
  live?: boolean;
}

/** A finding placed in a document. */
export interface Finding extends PathFinding {
  range: Range;
  offset: number;
  length: number;
}
