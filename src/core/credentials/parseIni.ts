import { SYNTAX_PROBLEMS, type SyntaxProblem } from "./syntaxProblem";

/** Sections in file order; keys inside a section as written (lower-cased, trimmed). */
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

const SECTION = /^\[([^\]]+)\]$/;
const ENTRY = /^([^=]+?)\s*=\s*(.*)$/;

const unquote = (v: string): string => (v.length >= 2 && /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v);

/**
 * The INI subset `~/.tencentcloud/credentials` uses: `[section]`, `key = value`, `;`/`#` comments.
 * Written here because the `ini` package is only a transitive dependency of the SDK, and because a credentials
 * file with stray text should be reported with its line, not silently half-read.
 */
export function parseIni(text: string): IniSections {
  const sections: IniSections = new Map();
  let current: Map<string, string> | undefined;
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith(";") || line.startsWith("#")) return;
    const section = SECTION.exec(line);
    if (section) {
      const name = section[1]!.trim();
      if (name === "") throw new IniSyntaxError(i + 1, "empty-section-name");
      // A repeated section adds to the first, as the SDK's own reader does.
      current = sections.get(name) ?? new Map();
      sections.set(name, current);
      return;
    }
    const entry = ENTRY.exec(line);
    if (!entry) throw new IniSyntaxError(i + 1, "expected-section-or-entry");
    if (!current) throw new IniSyntaxError(i + 1, "entry-outside-section");
    current.set(entry[1]!.trim().toLowerCase(), unquote(entry[2]!.trim()));
  });
  return sections;
}
