import { visit, type JSONVisitor, type ParseErrorCode } from "jsonc-parser";
import type { ValidationMeter } from "./documentLimits";

export interface Span {
  offset: number;
  length: number;
}

/** Where a JSON value sits, as jsonc-parser's tree has it: the value itself, and the key it is the value of. */
export interface ValueSpan extends Span {
  kind: "object" | "array" | "value";
  key?: Span;
}

export interface DuplicateKey extends Span {
  pointer: string;
  name: string;
}

export interface SyntaxProblem extends Span {
  error: ParseErrorCode;
}

export interface JsonPositions {
  /** The spans of the wanted pointers found in the text. A key given twice: the later one, as JSON.parse keeps it. */
  spans: Map<string, ValueSpan>;
  /** Keys given twice in one object, the first `maxReported` of them, and how many there are in all. */
  duplicates: DuplicateKey[];
  duplicateCount: number;
  /** Syntax errors, one per offset (the parser often reports two at one place), the first `maxReported`, and the count. */
  errors: SyntaxProblem[];
  errorCount: number;
}

export interface PositionOptions {
  /** Comments and trailing commas are allowed (tcaccel.json, live checks) or are syntax errors (request files). */
  jsonc: boolean;
  maxReported: number;
  meter?: ValidationMeter;
}

/** One open container of the walk. Frames are reused by depth within one call, and none is kept after it. */
class Frame {
  isObject = false;
  start = 0;
  /** The key this container is the value of (offset -1: none). */
  keyOffset = -1;
  keyLength = 0;
  /** Object: the property being read, by name and key span. */
  name = "";
  nameOffset = -1;
  nameLength = 0;
  /** Array: how many values so far. */
  count = 0;
  /** Object: the names so far; a set once there are many, so that a big object is not quadratic. */
  readonly names: string[] = [];
  nameSet: Set<string> | undefined = undefined;
  /** This container's pointer when it is wanted (then its children's are built too); undefined when not. */
  pointer: string | undefined = undefined;
  /** This container's pointer built for a duplicate key inside it, once. */
  path: string | undefined = undefined;

  open(isObject: boolean, start: number, keyOffset: number, keyLength: number, pointer: string | undefined): void {
    this.isObject = isObject;
    this.start = start;
    this.keyOffset = keyOffset;
    this.keyLength = keyLength;
    this.nameOffset = -1;
    this.count = 0;
    this.names.length = 0;
    this.nameSet = undefined;
    this.pointer = pointer;
    this.path = undefined;
  }

  /** The segment of the value being read in this container. */
  segment(): string {
    return this.isObject ? escapeSegment(this.name) : String(this.count - 1);
  }

  /** Whether the object had this name already; records it. */
  seen(name: string): boolean {
    if (this.nameSet) {
      if (this.nameSet.has(name)) return true;
      this.nameSet.add(name);
      return false;
    }
    if (this.names.includes(name)) return true;
    this.names.push(name);
    if (this.names.length > 16) this.nameSet = new Set(this.names);
    return false;
  }
}

const escapeSegment = (s: string) => (s.includes("~") || s.includes("/") ? s.replace(/~/g, "~0").replace(/\//g, "~1") : s);

/** Every prefix of every pointer: what a finding may be placed on when what it names is missing. None for none. */
export function withPrefixes(pointers: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const p of pointers) {
    out.add("");
    for (let i = p.indexOf("/", 1); ; i = p.indexOf("/", i + 1)) {
      out.add(i === -1 ? p : p.slice(0, i));
      if (i === -1) break;
    }
  }
  return out;
}

/**
 * One pass of jsonc-parser's visitor over a text, building no tree: the spans of the `wanted` pointers, keys given
 * twice, and syntax errors. Pointers are built only under wanted containers, and for duplicates, so a big file
 * costs the parse and little more. jsonc-parser's parser recurses once per nesting level: the caller bounds the
 * depth first (boundsFinding).
 */
export function jsonPositions(text: string, wanted: ReadonlySet<string>, options: PositionOptions): JsonPositions {
  const { maxReported, meter } = options;
  const out: JsonPositions = { spans: new Map(), duplicates: [], duplicateCount: 0, errors: [], errorCount: 0 };
  const frames: Frame[] = [];
  let depth = -1;
  let lastErrorOffset = -1;

  /** A value begins in the top container: its pointer when that container is wanted, else undefined. */
  const enterValue = (): string | undefined => {
    if (meter) meter.steps++;
    if (depth < 0) return "";
    const parent = frames[depth]!;
    if (!parent.isObject) parent.count++;
    return parent.pointer === undefined ? undefined : `${parent.pointer}/${parent.segment()}`;
  };
  const keyOf = (target: ValueSpan): ValueSpan => {
    const parent = depth >= 0 ? frames[depth]! : undefined;
    if (parent?.isObject && parent.nameOffset !== -1) target.key = { offset: parent.nameOffset, length: parent.nameLength };
    return target;
  };
  /** The pointer of the object at `d`, built from its parents' (each once), for a duplicate key in it. */
  const pathOf = (d: number): string => {
    let from = d;
    while (from > 0 && frames[from]!.path === undefined) from--;
    if (frames[from]!.path === undefined) frames[from]!.path = "";
    for (let i = from + 1; i <= d; i++) frames[i]!.path = `${frames[i - 1]!.path}/${frames[i - 1]!.segment()}`;
    return frames[d]!.path!;
  };
  const open = (isObject: boolean, offset: number) => {
    const pointer = enterValue();
    const parent = depth >= 0 ? frames[depth]! : undefined;
    const keyed = parent?.isObject === true && parent.nameOffset !== -1;
    const frame = (frames[++depth] ??= new Frame());
    frame.open(isObject, offset, keyed ? parent.nameOffset : -1, keyed ? parent.nameLength : 0, pointer !== undefined && wanted.has(pointer) ? pointer : undefined);
  };
  const close = (offset: number, length: number) => {
    if (meter) meter.steps++;
    const frame = frames[depth--]!;
    if (frame.pointer === undefined) return;
    const span: ValueSpan = { kind: frame.isObject ? "object" : "array", offset: frame.start, length: offset + length - frame.start };
    if (frame.keyOffset !== -1) span.key = { offset: frame.keyOffset, length: frame.keyLength };
    out.spans.set(frame.pointer, span);
  };

  const visitor: JSONVisitor = {
    onObjectBegin: (offset) => open(true, offset),
    onArrayBegin: (offset) => open(false, offset),
    onObjectEnd: close,
    onArrayEnd: close,
    onObjectProperty: (name, offset, length) => {
      if (meter) meter.steps++;
      const frame = frames[depth]!;
      frame.name = name;
      frame.nameOffset = offset;
      frame.nameLength = length;
      if (!frame.seen(name)) return;
      if (out.duplicateCount++ < maxReported) out.duplicates.push({ pointer: `${pathOf(depth)}/${escapeSegment(name)}`, name, offset, length });
    },
    onLiteralValue: (_value, offset, length) => {
      const pointer = enterValue();
      if (pointer !== undefined && wanted.has(pointer)) out.spans.set(pointer, keyOf({ kind: "value", offset, length }));
    },
    onError: (error, offset, length) => {
      if (meter) meter.steps++;
      // Errors come in the order of the text: one per offset is a comparison with the last.
      if (offset === lastErrorOffset) return;
      lastErrorOffset = offset;
      if (out.errorCount++ < maxReported) out.errors.push({ error, offset, length });
    },
  };
  const jsonc = options.jsonc;
  visit(text, visitor, { disallowComments: !jsonc, allowTrailingComma: jsonc, allowEmptyContent: false });
  return out;
}
