import type { Finding, PathFinding, Range } from "./finding";
import { fromPointer, toPointer } from "./pointer";
import type { Span, ValueSpan } from "./positionScan";

/** Offsets of line starts, to turn offsets into zero-based line/character positions. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  position(offset: number) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo]! };
  }

  range(offset: number, length: number): Range {
    return { start: this.position(offset), end: this.position(offset + length) };
  }
}

/**
 * Places a finding on the exact range: the key of an unknown or deprecated parameter, the value of a bad one, and
 * for a missing parameter the opening brace of the object that lacks it (as VS Code's JSON support marks one).
 * `spans` comes from scanPositions with every prefix of the finding's path wanted.
 */
export function locate(spans: ReadonlyMap<string, ValueSpan>, index: LineIndex, finding: PathFinding): Finding {
  const segments = fromPointer(finding.path);
  const brace = (s: ValueSpan): Span => (s.kind === "object" ? { offset: s.offset, length: 1 } : s);
  let at: Span = { offset: 0, length: 0 };
  for (let n = segments.length; n >= 0; n--) {
    const span = spans.get(toPointer(segments.slice(0, n)));
    if (!span) continue;
    if (n < segments.length) at = brace(span); // the parameter is missing: mark the object that lacks it
    else if (finding.target === "key" && span.key) at = span.key;
    else if (finding.target === "object") at = brace(n > 0 ? spans.get(toPointer(segments.slice(0, n - 1))) ?? span : span);
    else at = span;
    break;
  }
  return { ...finding, offset: at.offset, length: at.length, range: index.range(at.offset, at.length) };
}
