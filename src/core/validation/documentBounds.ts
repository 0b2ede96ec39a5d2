import { createScanner, SyntaxKind } from "jsonc-parser";
import type { DocumentLimits, ValidationMeter } from "./documentLimits";
import type { Finding } from "./finding";
import { LineIndex } from "./locate";

/** The codes of the bound findings; `tcaccel.json` has its own. */
export interface BoundCodes {
  tooLarge: string;
  tooDeep: string;
}

/**
 * A UTF-8 BOM as a space: VS Code accepts files that start with one, JSON.parse and jsonc-parser do not, and a
 * space keeps every offset where it was.
 */
export const blankBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? " " + text.slice(1) : text);

/**
 * UTF-16 text read as UTF-8: a NUL in the first two characters (the high or low byte of an ASCII character), or
 * the two replacement characters a UTF-16 BOM decodes to. JSON text never has either.
 */
const looksUtf16 = (text: string): boolean => text.charCodeAt(0) === 0 || text.charCodeAt(1) === 0 || text.startsWith("\uFFFD\uFFFD");

/**
 * The one finding a text gets instead of being read, when it is UTF-16, longer than the limit or nested deeper
 * than it; undefined when it can be read. The depth is counted over jsonc-parser's tokens as its parser would
 * nest them (a closing bracket of the other kind closes nothing), stopping at the first bracket past the limit, so
 * every later pass over the text (the parser's own recursion included) stays within the limit.
 */
export function boundsFinding(text: string, limits: DocumentLimits, codes: BoundCodes, meter?: ValidationMeter): Finding | undefined {
  const at = (code: string, offset: number, length: number, params: Finding["params"]): Finding => ({
    path: "",
    severity: "error",
    code,
    target: "value",
    params,
    offset,
    length,
    range: new LineIndex(text).range(offset, length),
  });
  const first = Math.min(1, text.length);
  if (looksUtf16(text)) return at("utf16-text", 0, first, {});
  if (text.length > limits.maxLength) return at(codes.tooLarge, 0, first, { max: limits.maxLength, length: text.length });

  // Open containers as 1 (object) or 0 (array), at most maxDepth of them.
  const open: number[] = [];
  const scanner = createScanner(text, true);
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    if (meter) meter.steps++;
    if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) {
      if (open.length === limits.maxDepth) return at(codes.tooDeep, scanner.getTokenOffset(), 1, { max: limits.maxDepth });
      open.push(token === SyntaxKind.OpenBraceToken ? 1 : 0);
    } else if (token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken) {
      if (open.length && open[open.length - 1] === (token === SyntaxKind.CloseBraceToken ? 1 : 0)) open.pop();
    }
  }
  return undefined;
}
