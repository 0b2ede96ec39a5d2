import type { Finding, PathFinding, Range } from "./finding";
import type { Span, ValueSpan } from "./jsonPositions";

/** Offsets of line starts, to turn offsets into zero-based line/character positions; built on first use. */
export class LineIndex {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const text = this.text;
    const starts = [0];
    if (!text.includes("\r")) {
      // LF only, the usual case: indexOf finds each line break far faster than a loop over every character.
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    }
    return (this.starts = starts);
  }

  position(offset: number) {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo]! };
  }

  range(offset: number, length: number): Range {
    return { start: this.position(offset), end: this.position(offset + length) };
  }
}

/**
 * Places a finding on the exact range: the key of an unknown or deprecated parameter, the value of a bad one, and
 * for a missing parameter the opening brace of the object that lacks it (as VS Code's JSON support marks one).
 * `spans` comes from jsonPositions with every prefix of the finding's path wanted.
 */
export function locate(spans: ReadonlyMap<string, ValueSpan>, index: LineIndex, finding: PathFinding): Finding {
  let at: Span = { offset: 0, length: 0 };
  // From the finding's own pointer up to the root: the first one the document has is where the finding goes.
  for (let pointer = finding.path, own = true; ; pointer = parentOf(pointer), own = false) {
    const span = spans.get(pointer);
    if (span) {
      if (!own) at = brace(span); // the parameter is missing: mark the object that lacks it
      else if (finding.target === "key" && span.key) at = span.key;
      else if (finding.target === "object") at = brace(pointer === "" ? span : (spans.get(parentOf(pointer)) ?? span));
      else at = span;
      break;
    }
    if (pointer === "") break;
  }
  // Built field by field: a spread of findings of many shapes is the slowest step of a small file's validation.
  const placed: Finding = { path: finding.path, severity: finding.severity, code: finding.code, params: finding.params, target: finding.target, offset: at.offset, length: at.length, range: index.range(at.offset, at.length) };
  if (finding.fix) placed.fix = finding.fix;
  if (finding.live) placed.live = finding.live;
  return placed;
}

/** The pointer one level up ("" is the root); pointers are escaped, so the last "/" separates the last segment. */
const parentOf = (pointer: string) => pointer.slice(0, Math.max(0, pointer.lastIndexOf("/")));

const brace = (s: ValueSpan): Span => (s.kind === "object" ? { offset: s.offset, length: 1 } : s);
