import { visit } from "jsonc-parser";

export interface Span {
  offset: number;
  length: number;
}

/** Where a JSON value sits: the value itself, and the key it is the value of. */
export interface ValueSpan extends Span {
  kind: "object" | "array" | "value";
  key?: Span;
}

export interface DuplicateKey extends Span {
  pointer: string;
  name: string;
}

export interface PositionScan {
  spans: Map<string, ValueSpan>;
  duplicates: DuplicateKey[];
}

interface Frame {
  kind: "object" | "array";
  parent: Frame | undefined;
  segment: string;
  start: number;
  key?: Span;
  /** Object: the key being read; array: the next index. */
  current: string;
  index: number;
  keys?: Set<string>;
  pointer?: string;
  /** Whether this frame's own pointer can be wanted: its parent's is (or it is the root). */
  mayBeWanted: boolean;
}

const escape = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

const pointerOf = (f: Frame): string => (f.pointer ??= f.parent ? `${pointerOf(f.parent)}/${escape(f.segment)}` : "");

/** Every prefix of every pointer: what a finding may be placed on when what it names is missing. */
export function withPrefixes(pointers: Iterable<string>): Set<string> {
  const out = new Set<string>([""]);
  for (const p of pointers) for (let i = p.indexOf("/", 1); ; i = p.indexOf("/", i + 1)) {
    out.add(i === -1 ? p : p.slice(0, i));
    if (i === -1) break;
  }
  return out;
}

/**
 * One pass over a document's text, building no tree: the spans of the `wanted` pointers, and every key given twice
 * in one object. A 1 MB file costs one scan instead of a tree of a hundred thousand nodes.
 */
export function scanPositions(text: string, wanted: ReadonlySet<string>, options: { allowComments?: boolean } = {}): PositionScan {
  const spans = new Map<string, ValueSpan>();
  const duplicates: DuplicateKey[] = [];
  let top: Frame | undefined;

  /** The segment of the value starting now inside `top`; undefined for the root. */
  const nextSegment = (): string | undefined => {
    if (!top) return undefined;
    return top.kind === "object" ? top.current : String(top.index++);
  };
  const childPointer = (segment: string | undefined) => (segment === undefined ? "" : `${pointerOf(top!)}/${escape(segment)}`);
  const begin = (kind: Frame["kind"], offset: number) => {
    const segment = nextSegment();
    const key = top?.kind === "object" ? top.key : undefined;
    const mayBeWanted = !top || (top.mayBeWanted && wanted.has(pointerOf(top)));
    const frame: Frame = { kind, parent: top, segment: segment ?? "", start: offset, current: "", index: 0, mayBeWanted, ...(key ? { key } : {}) };
    if (segment === undefined) frame.pointer = "";
    if (kind === "object") frame.keys = new Set();
    top = frame;
  };
  const end = (offset: number, length: number) => {
    const frame = top!;
    top = frame.parent;
    const pointer = frame.mayBeWanted ? pointerOf(frame) : undefined;
    if (pointer !== undefined && wanted.has(pointer)) spans.set(pointer, { kind: frame.kind, offset: frame.start, length: offset + length - frame.start, ...(frame.key ? { key: frame.key } : {}) });
  };

  visit(
    text,
    {
      onObjectBegin: (offset) => begin("object", offset),
      onArrayBegin: (offset) => begin("array", offset),
      onObjectEnd: end,
      onArrayEnd: end,
      onObjectProperty: (name, offset, length) => {
        const frame = top!;
        frame.current = name;
        frame.key = { offset, length };
        if (frame.keys!.has(name)) duplicates.push({ pointer: `${pointerOf(frame)}/${escape(name)}`, name, offset, length });
        frame.keys!.add(name);
      },
      onLiteralValue: (_value, offset, length) => {
        const key = top?.kind === "object" ? top.key : undefined;
        const segment = nextSegment();
        // Building the pointer of each of 100,000 values would cost more than the scan: only under wanted parents.
        if (segment !== undefined && !(top!.mayBeWanted && wanted.has(pointerOf(top!)))) return;
        const pointer = childPointer(segment);
        if (wanted.has(pointer)) spans.set(pointer, { kind: "value", offset, length, ...(key ? { key } : {}) });
      },
    },
    { disallowComments: !options.allowComments, allowTrailingComma: Boolean(options.allowComments) },
  );
  return { spans, duplicates };
}
