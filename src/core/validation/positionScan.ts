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

/**
 * One open container. Frames are pooled by depth (opening a container reuses its depth's frame), so a file of
 * 13,000 small objects allocates a handful of frames, and keys are kept as places in the text, not as strings.
 */
class Frame {
  isObject = false;
  start = 0;
  /** The key this container is the value of, as a span of the text (offset -1: none). */
  keyOffset = -1;
  keyLength = 0;
  /** Object: whether the next string is a key (after `{` or `,`). */
  expectKey = false;
  /** Object: the key being read: its span with quotes, and its name's bounds without them. */
  currentOffset = -1;
  currentLength = 0;
  nameStart = 0;
  nameEnd = 0;
  nameEscaped = false;
  /** Array: the next index. */
  index = 0;
  /** Object: the keys so far as (start, end, escaped) triples of the text; a set once there are many. */
  readonly keys: number[] = [];
  keySet: Set<string> | undefined = undefined;
  /** This container's pointer when it is wanted (then so may its children be); undefined when not. */
  pointer: string | undefined = undefined;

  open(isObject: boolean, start: number, keyOffset: number, keyLength: number, pointer: string | undefined): void {
    this.isObject = isObject;
    this.start = start;
    this.keyOffset = keyOffset;
    this.keyLength = keyLength;
    this.expectKey = isObject;
    this.currentOffset = -1;
    this.currentLength = 0;
    this.index = 0;
    this.keys.length = 0;
    this.keySet = undefined;
    this.pointer = pointer;
  }
}

const escape = (s: string) => (s.includes("~") || s.includes("/") ? s.replace(/~/g, "~0").replace(/\//g, "~1") : s);

/** Every prefix of every pointer: what a finding may be placed on when what it names is missing. */
export function withPrefixes(pointers: Iterable<string>): Set<string> {
  const out = new Set<string>([""]);
  for (const p of pointers) for (let i = p.indexOf("/", 1); ; i = p.indexOf("/", i + 1)) {
    out.add(i === -1 ? p : p.slice(0, i));
    if (i === -1) break;
  }
  return out;
}

const enum Ch {
  Tab = 9,
  LineFeed = 10,
  CarriageReturn = 13,
  Space = 32,
  Quote = 34,
  Comma = 44,
  Slash = 47,
  Colon = 58,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  OpenBrace = 123,
  CloseBrace = 125,
  Star = 42,
}

/** Where a literal (number, true, false, null, or a stray word) ends: at the first delimiter. */
function literalEnd(text: string, i: number): number {
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === Ch.Space || c === Ch.LineFeed || c === Ch.CarriageReturn || c === Ch.Tab || c === Ch.Comma || c === Ch.Colon) return i;
    if (c === Ch.CloseBrace || c === Ch.CloseBracket || c === Ch.OpenBrace || c === Ch.OpenBracket || c === Ch.Quote || c === Ch.Slash) return i;
  }
  return i;
}

/**
 * One pass over a document's text, building no tree: the spans of the `wanted` pointers, and every key given twice
 * in one object. A hand-written scanner over character codes: strings are skipped with indexOf, and pointers are
 * only built under containers that are wanted, so a 1 MB file costs one quick scan. It is tolerant, as an editor's
 * text is mid-typing: a string ends at its line's end when unclosed, stray characters are skipped, comments are
 * skipped, and containers still open at the end close there.
 */
export function scanPositions(text: string, wanted: ReadonlySet<string>): PositionScan {
  return scanner.scan(text, wanted);
}

const NOTHING: ReadonlySet<string> = new Set();

/**
 * The scanner's state and steps. One instance serves every scan (scans are synchronous, so they never overlap), and
 * that matters for speed: when no instance of a class is left alive, a major collection frees its hidden classes and
 * V8 throws away all the optimized code built on them, so the next scan of a big file would run cold (measured on
 * Node 24: about 5 ms warm against 15 ms after each collection).
 */
class Scanner {
  private text = "";
  private wanted: ReadonlySet<string> = NOTHING;
  private spans = new Map<string, ValueSpan>();
  private duplicates: DuplicateKey[] = [];
  /** Pooled by depth, kept between scans. */
  private readonly frames: Frame[] = [];
  private depth = -1;
  // The next line break and backslash at or after the scan, found once and reused: O(n) for the whole text.
  private nextLineBreak = -1;
  private nextBackslash = -1;

  scan(text: string, wanted: ReadonlySet<string>): PositionScan {
    this.text = text;
    this.wanted = wanted;
    this.spans = new Map();
    this.duplicates = [];
    this.depth = -1;
    this.nextLineBreak = -1;
    this.nextBackslash = -1;
    try {
      const n = text.length;
      // One token a call: a small function called for every token is optimized early, where one long loop would
      // wait for on-stack replacement on every scan.
      for (let i = 0; i < n; ) i = this.token(i);
      while (this.depth >= 0) this.close(n);
      return { spans: this.spans, duplicates: this.duplicates };
    } finally {
      // Holds on to neither the text (it may be a megabyte) nor the caller's set.
      this.text = "";
      this.wanted = NOTHING;
    }
  }

  /** The token at `i`, after any whitespace: reads it and returns where the scan goes on. */
  private token(at: number): number {
    const text = this.text;
    const n = text.length;
    let i = at;
    let c = text.charCodeAt(i);
    while (c === Ch.Space || c === Ch.LineFeed || c === Ch.CarriageReturn || c === Ch.Tab) c = text.charCodeAt(++i);
    if (i >= n) return n;
    if (c === Ch.Quote) return this.string(i);
    if (c === Ch.OpenBrace || c === Ch.OpenBracket) {
      this.open(c === Ch.OpenBrace, i);
      return i + 1;
    }
    if (c === Ch.CloseBrace || c === Ch.CloseBracket) {
      if (this.depth >= 0) this.close(i + 1);
      return i + 1;
    }
    if (c === Ch.Comma || c === Ch.Colon) {
      const top = this.top();
      if (top?.isObject) top.expectKey = c === Ch.Comma;
      return i + 1;
    }
    if (c === Ch.Slash && text.charCodeAt(i + 1) === Ch.Slash) {
      const lf = text.indexOf("\n", i);
      return lf === -1 ? n : lf;
    }
    if (c === Ch.Slash && text.charCodeAt(i + 1) === Ch.Star) {
      const endComment = text.indexOf("*/", i + 2);
      return endComment === -1 ? n : endComment + 2;
    }
    const end = Math.max(literalEnd(text, i), i + 1);
    this.literal(i, end - i);
    return end;
  }

  private top(): Frame | undefined {
    return this.depth >= 0 ? this.frames[this.depth] : undefined;
  }

  /** A string starting at `i` (a key or a value); returns where the scan goes on. */
  private string(i: number): number {
    const text = this.text;
    const n = text.length;
    // The closing quote is the first one not escaped; an unclosed string ends at its line's end.
    let end = i + 1;
    for (;;) {
      end = text.indexOf('"', end);
      if (end === -1) end = n;
      else {
        let backslashes = 0;
        while (text.charCodeAt(end - 1 - backslashes) === Ch.Backslash) backslashes++;
        if (backslashes % 2 === 1) {
          end++;
          continue;
        }
      }
      break;
    }
    if (this.nextLineBreak < i) this.nextLineBreak = (text.indexOf("\n", i) + 1 || n + 1) - 1;
    const closed = end < this.nextLineBreak;
    if (!closed) end = this.nextLineBreak;
    const length = (closed ? end + 1 : end) - i;
    const top = this.top();
    if (top?.isObject && top.expectKey) {
      if (this.nextBackslash <= i) this.nextBackslash = (text.indexOf("\\", i + 1) + 1 || n + 1) - 1;
      const escaped = closed && this.nextBackslash < end;
      top.currentOffset = i;
      top.currentLength = length;
      top.nameStart = i + 1;
      top.nameEnd = end;
      top.nameEscaped = escaped;
      top.expectKey = false;
      if (this.seenBefore(top, i + 1, end, escaped)) this.duplicates.push({ pointer: this.pointerOfCurrentKey(), name: this.name(i + 1, end, escaped), offset: i, length });
    } else this.literal(i, length);
    return i + length;
  }

  private name(start: number, end: number, escaped: boolean): string {
    return escaped ? unescapeName(this.text, start, end) : this.text.slice(start, end);
  }

  private sameName(keys: readonly number[], k: number, start: number, end: number, escaped: boolean): boolean {
    const otherStart = keys[k]!;
    const otherEnd = keys[k + 1]!;
    if (escaped || keys[k + 2] === 1) return this.name(otherStart, otherEnd, keys[k + 2] === 1) === this.name(start, end, escaped);
    if (otherEnd - otherStart !== end - start) return false;
    const text = this.text;
    for (let a = otherStart, b = start; a < otherEnd; a++, b++) if (text.charCodeAt(a) !== text.charCodeAt(b)) return false;
    return true;
  }

  /** Whether the object had this key already; records it. */
  private seenBefore(frame: Frame, start: number, end: number, escaped: boolean): boolean {
    if (frame.keySet) {
      const key = this.name(start, end, escaped);
      if (frame.keySet.has(key)) return true;
      frame.keySet.add(key);
      return false;
    }
    const keys = frame.keys;
    for (let k = 0; k < keys.length; k += 3) if (this.sameName(keys, k, start, end, escaped)) return true;
    keys.push(start, end, escaped ? 1 : 0);
    // A big object (thousands of keys) would make this quadratic: switch to a set of names.
    if (keys.length > 96) {
      frame.keySet = new Set();
      for (let k = 0; k < keys.length; k += 3) frame.keySet.add(this.name(keys[k]!, keys[k + 1]!, keys[k + 2] === 1));
    }
    return false;
  }

  /** The pointer of the key being read at the top: built only for a duplicate, which is rare. */
  private pointerOfCurrentKey(): string {
    let pointer = "";
    for (let d = 0; d <= this.depth; d++) {
      const f = this.frames[d]!;
      pointer += `/${escape(f.isObject ? this.name(f.nameStart, f.nameEnd, f.nameEscaped) : String(f.index - 1))}`;
    }
    return pointer;
  }

  /** A value begins inside the top container: its pointer when that container is wanted, else undefined. */
  private enterValue(): string | undefined {
    const parent = this.top();
    if (!parent) return "";
    if (parent.isObject) {
      parent.expectKey = false;
      if (parent.pointer === undefined) return undefined;
      return `${parent.pointer}/${escape(parent.currentOffset === -1 ? "" : this.name(parent.nameStart, parent.nameEnd, parent.nameEscaped))}`;
    }
    const index = parent.index++;
    return parent.pointer === undefined ? undefined : `${parent.pointer}/${index}`;
  }

  private literal(offset: number, length: number): void {
    const pointer = this.enterValue();
    if (pointer === undefined || !this.wanted.has(pointer)) return;
    const parent = this.top();
    const span: ValueSpan = { kind: "value", offset, length };
    if (parent?.isObject && parent.currentOffset !== -1) span.key = { offset: parent.currentOffset, length: parent.currentLength };
    this.spans.set(pointer, span);
  }

  private open(isObject: boolean, offset: number): void {
    const pointer = this.enterValue();
    const parent = this.top();
    const keyed = parent?.isObject === true && parent.currentOffset !== -1;
    const frame = (this.frames[++this.depth] ??= new Frame());
    frame.open(isObject, offset, keyed ? parent.currentOffset : -1, keyed ? parent.currentLength : 0, pointer !== undefined && this.wanted.has(pointer) ? pointer : undefined);
  }

  private close(end: number): void {
    const frame = this.frames[this.depth--]!;
    if (frame.pointer === undefined) return;
    const span: ValueSpan = { kind: frame.isObject ? "object" : "array", offset: frame.start, length: end - frame.start };
    if (frame.keyOffset !== -1) span.key = { offset: frame.keyOffset, length: frame.keyLength };
    this.spans.set(frame.pointer, span);
  }
}

/** A key's name with its escapes read (as JSON.parse reads them); the raw text if they are broken. */
function unescapeName(text: string, start: number, end: number): string {
  try {
    return JSON.parse(text.slice(start - 1, end + 1)) as string;
  } catch {
    return text.slice(start, end);
  }
}

const scanner = new Scanner();
