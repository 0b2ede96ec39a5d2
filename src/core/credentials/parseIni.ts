import { SYNTAX_PROBLEMS, type SyntaxProblem } from "./syntaxProblem";

/** Sections in file order; keys inside a section as written (case kept, trimmed). */
export type IniSections = Map<string, Map<string, string>>;

/** A line the parser cannot read; its message names the line and the kind of mistake, never the line's text. */
export class IniSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly problem: SyntaxProblem,
  ) {
    super(`line ${line}: ${SYNTAX_PROBLEMS[problem].en}`);
  }
}

// The line as a whole, not trimmed: the `ini` package (what the Node SDK reads with) takes " [default]" for a key.
const SECTION = /^\[([^\]]*)\]$/;
const ENTRY = /^([^=]+)=(.*)$/;
const COMMENT = /^\s*[;#]/;

/**
 * A key or value as `ini` 2.0.0 reads it: trimmed; in double quotes, a JSON string (escapes read) or, when not valid
 * JSON, kept with its quotes; in single quotes, the text between them; unquoted, cut at the first `;` or `#` not
 * escaped by a backslash (an inline comment), with `\;`, `\#` unescaped.
 */
function iniText(raw: string): string {
  const v = raw.trim();
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(v);
      return typeof parsed === "string" ? parsed : v;
    } catch {
      return v;
    }
  }
  if (v.length >= 2 && v.startsWith("'") && v.endsWith("'")) return v.slice(1, -1);
  let out = "";
  for (let i = 0; i < v.length; i++) {
    const c = v[i]!;
    if (c === ";" || c === "#") break;
    if (c === "\\" && i + 1 < v.length) {
      const next = v[++i]!;
      out += next === ";" || next === "#" || next === "\\" ? next : `\\${next}`;
    } else out += c;
  }
  return out.trim();
}

/**
 * `~/.tencentcloud/credentials` read as the Node SDK reads it (`ini` 2.0.0): `[section]`, `key = value`, `;`/`#`
 * comment lines and inline comments, case-sensitive keys, the last of a repeated key winning and a repeated section
 * adding to the first. Where `ini` silently skips or misreads a line (no `=`, a BOM, text before the first section),
 * this names the line instead: a credentials file with stray text is reported, not silently half-read. Written
 * here because `ini` is only a transitive dependency of the SDK.
 */
export function parseIni(text: string): IniSections {
  const sections: IniSections = new Map();
  let current: Map<string, string> | undefined;
  if (text.startsWith("\uFEFF")) throw new IniSyntaxError(1, "byte-order-mark");
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    if (raw.trim() === "" || COMMENT.test(raw)) return;
    const section = SECTION.exec(raw);
    if (section) {
      const name = iniText(section[1]!);
      if (name === "") throw new IniSyntaxError(i + 1, "empty-section-name");
      // `ini` keeps a "__proto__" section out of the result; so does this (the Map would be safe, the SDK ignores it).
      current = name === "__proto__" ? new Map() : (sections.get(name) ?? new Map());
      if (name !== "__proto__") sections.set(name, current);
      return;
    }
    const entry = ENTRY.exec(raw);
    if (!entry) throw new IniSyntaxError(i + 1, "expected-section-or-entry");
    if (!current) throw new IniSyntaxError(i + 1, "entry-outside-section");
    const key = iniText(entry[1]!);
    if (key !== "__proto__") current.set(key, iniText(entry[2]!));
  });
  return sections;
}
