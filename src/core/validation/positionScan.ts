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
  /** The key this container is the value of. */
  key: Span | undefined;
  /** Object: the key being read and where it is; array: the next index. */
  current: string;
  currentKey: Span | undefined;
  index: number;
  /** Object: whether the next string is a key (after `{` or `,`). */
  expectKey: boolean;
  /** Object: the keys seen so far (an array while small: most objects have a handful). */
  keys: string[] | Set<string> | undefined;
  pointer: string | undefined;
  /** Whether values inside this frame can be wanted: this frame's own pointer is. */
  wantsChildren: boolean;
}

const escape = (s: string) => (s.includes("~") || s.includes("/") ? s.replace(/~/g, "~0").replace(/\//g, "~1") : s);

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

/** Whether `name` was seen in this object before; records it. */
function seenBefore(frame: Frame, name: string): boolean {
  const keys = (frame.keys ??= []);
  if (Array.isArray(keys)) {
    if (keys.includes(name)) return true;
    keys.push(name);
    if (keys.length > 16) frame.keys = new Set(keys);
    return false;
  }
  if (keys.has(name)) return true;
  keys.add(name);
  return false;
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
  const spans = new Map<string, ValueSpan>();
  const duplicates: DuplicateKey[] = [];
  let top: Frame | undefined;
  let nextLineBreak = -1;

  /** Records a value starting at `offset` (the pointer is only built when its container's pointer is wanted). */
  const valueAt = (kind: ValueSpan["kind"], offset: number, length: number): Frame | undefined => {
    let segment = "";
    let key: Span | undefined;
    let pointer: string | undefined = "";
    if (top) {
      if (top.kind === "object") {
        segment = top.current;
        key = top.currentKey;
        top.expectKey = false;
      } else segment = String(top.index++);
      pointer = top.wantsChildren ? `${pointerOf(top)}/${escape(segment)}` : undefined;
    }
    if (kind === "value") {
      if (pointer !== undefined && wanted.has(pointer)) spans.set(pointer, key ? { kind, offset, length, key } : { kind, offset, length });
      return undefined;
    }
    return {
      kind,
      parent: top,
      segment,
      start: offset,
      key,
      current: "",
      currentKey: undefined,
      index: 0,
      expectKey: kind === "object",
      keys: undefined,
      pointer,
      wantsChildren: pointer !== undefined && wanted.has(pointer),
    };
  };

  const close = (end: number) => {
    const frame = top!;
    top = frame.parent;
    if (frame.wantsChildren) {
      const span: ValueSpan = { kind: frame.kind, offset: frame.start, length: end - frame.start };
      if (frame.key) span.key = frame.key;
      spans.set(frame.pointer!, span);
    }
  };

  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === Ch.Space || c === Ch.LineFeed || c === Ch.CarriageReturn || c === Ch.Tab) {
      i++;
    } else if (c === Ch.Quote) {
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
      if (nextLineBreak < i) nextLineBreak = (text.indexOf("\n", i) + 1 || n + 1) - 1;
      const closed = end < nextLineBreak;
      if (!closed) end = nextLineBreak;
      const length = (closed ? end + 1 : end) - i;
      if (top?.kind === "object" && top.expectKey) {
        const raw = text.slice(i + 1, end);
        const name = closed && raw.includes("\\") ? unescapeKey(text.slice(i, end + 1), raw) : raw;
        top.current = name;
        top.currentKey = { offset: i, length };
        top.expectKey = false;
        if (seenBefore(top, name)) duplicates.push({ pointer: `${pointerOf(top)}/${escape(name)}`, name, offset: i, length });
      } else valueAt("value", i, length);
      i += length;
    } else if (c === Ch.OpenBrace || c === Ch.OpenBracket) {
      top = valueAt(c === Ch.OpenBrace ? "object" : "array", i, 0);
      i++;
    } else if (c === Ch.CloseBrace || c === Ch.CloseBracket) {
      if (top) close(i + 1);
      i++;
    } else if (c === Ch.Comma) {
      if (top?.kind === "object") top.expectKey = true;
      i++;
    } else if (c === Ch.Colon) {
      if (top?.kind === "object") top.expectKey = false;
      i++;
    } else if (c === Ch.Slash && text.charCodeAt(i + 1) === Ch.Slash) {
      const lf = text.indexOf("\n", i);
      i = lf === -1 ? n : lf;
    } else if (c === Ch.Slash && text.charCodeAt(i + 1) === Ch.Star) {
      const endComment = text.indexOf("*/", i + 2);
      i = endComment === -1 ? n : endComment + 2;
    } else {
      const end = Math.max(literalEnd(text, i), i + 1);
      valueAt("value", i, end - i);
      i = end;
    }
  }
  while (top) close(n);
  return { spans, duplicates };
}

function unescapeKey(quoted: string, raw: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return raw;
  }
}
