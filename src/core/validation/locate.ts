import { findNodeAtLocation, type Node } from "jsonc-parser";
import type { Finding, PathFinding, Range } from "./finding";
import { fromPointer } from "./pointer";

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

const segmentsOf = (pointer: string): (string | number)[] =>
  fromPointer(pointer).map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));

/** The node the finding concerns, or, for something missing, the nearest enclosing node that exists. */
function nodeFor(root: Node, finding: PathFinding): Node {
  const segments = segmentsOf(finding.path);
  for (let n = segments.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, segments.slice(0, n));
    if (!node) continue;
    if (n < segments.length) return node; // the parameter is missing: mark the object that lacks it
    if (finding.target === "key" && node.parent?.type === "property") return node.parent.children![0]!;
    if (finding.target === "object" && n > 0 && node.parent?.type === "property") return node.parent.parent ?? root;
    return node;
  }
  return root;
}

/**
 * Places a finding on the exact range: the key of an unknown or deprecated parameter, the value of a bad one, and
 * for a missing parameter the opening brace of the object that lacks it (as VS Code's JSON support marks one).
 */
export function locate(root: Node, index: LineIndex, finding: PathFinding): Finding {
  const node = nodeFor(root, finding);
  const objectMark = node.type === "object" && (finding.target === "object" || findNodeAtLocation(root, segmentsOf(finding.path)) !== node);
  const length = objectMark ? 1 : node.length;
  return { ...finding, offset: node.offset, length, range: index.range(node.offset, length) };
}
