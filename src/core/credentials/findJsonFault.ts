import { createScanner } from "jsonc-parser";
import type { SyntaxProblem } from "./syntaxProblem";

/** Where a text that JSON.parse refused goes wrong first: a 1-based line and the kind of mistake, no content. */
export interface SyntaxFault {
  line: number;
  problem: SyntaxProblem;
}

// jsonc-parser's SyntaxKind and ScanError are const enums, which a bundler cannot inline from a .d.ts.
const KIND = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, comma: 5, colon: 6, string: 10, lineComment: 12, blockComment: 13, lineBreak: 14, trivia: 15, unknown: 16, eof: 17 } as const;
const SCAN_ERROR: Readonly<Record<number, SyntaxProblem>> = {
  1: "comment",
  2: "unterminated-string",
  3: "invalid-number",
  4: "invalid-escape",
  5: "invalid-escape",
  6: "invalid-character",
};
const WRONG_QUOTES = new Set(["'", "\u2018", "\u2019", "\u201C", "\u201D", "\u300C", "\u300D", "`"]);

type Expect = "value" | "valueOrClose" | "key" | "keyOrClose" | "colon" | "commaOrClose" | "end";

/**
 * Walks the tokens with an explicit stack (no recursion on nesting depth), so a hostile file costs linear time.
 * Only called after JSON.parse failed; when it finds nothing more precise it still answers "invalid-json".
 */
export function findJsonFault(text: string): SyntaxFault {
  const scanner = createScanner(text, false);
  const open: number[] = [];
  let expect: Expect = "value";
  let sawToken = false;
  let afterComma = false;
  for (;;) {
    const kind = scanner.scan();
    const line = scanner.getTokenStartLine() + 1;
    const fault = (problem: SyntaxProblem): SyntaxFault => ({ line, problem });
    if (kind === KIND.trivia || kind === KIND.lineBreak) continue;
    if (kind === KIND.lineComment || kind === KIND.blockComment) return fault("comment");
    const scanError = SCAN_ERROR[scanner.getTokenError()];
    if (scanError) return fault(scanError);
    if (kind === KIND.unknown) {
      const first = text.charAt(scanner.getTokenOffset());
      return fault(WRONG_QUOTES.has(first) ? "wrong-quotes" : /[\p{L}\p{N}_$]/u.test(first) ? "unquoted-text" : "invalid-character");
    }
    if (kind === KIND.eof) return fault(!sawToken ? "empty-file" : expect === "end" ? "invalid-json" : "unexpected-end");
    sawToken = true;
    const closing = kind === KIND.closeBrace || kind === KIND.closeBracket;
    const matchesOpen = closing && open.at(-1) === (kind === KIND.closeBrace ? KIND.openBrace : KIND.openBracket);
    const trailing = closing && afterComma;
    afterComma = kind === KIND.comma;
    switch (expect) {
      case "end":
        return fault("text-after-end");
      case "key":
      case "keyOrClose":
        if (kind === KIND.string) expect = "colon";
        else if (kind === KIND.closeBrace && expect === "keyOrClose") expect = close(open);
        else return fault(trailing ? "trailing-comma" : "expected-property-name");
        break;
      case "colon":
        if (kind !== KIND.colon) return fault("expected-colon");
        expect = "value";
        break;
      case "commaOrClose":
        if (kind === KIND.comma) expect = open.at(-1) === KIND.openBrace ? "key" : "value";
        else if (matchesOpen) expect = close(open);
        else return fault("expected-comma-or-close");
        break;
      case "value":
      case "valueOrClose":
        if (kind === KIND.openBrace || kind === KIND.openBracket) {
          open.push(kind);
          expect = kind === KIND.openBrace ? "keyOrClose" : "valueOrClose";
        } else if (matchesOpen && expect === "valueOrClose") expect = close(open);
        else if (closing) return fault(trailing ? "trailing-comma" : "expected-value");
        else if (kind === KIND.comma || kind === KIND.colon) return fault("expected-value");
        else expect = open.length === 0 ? "end" : "commaOrClose";
        break;
    }
  }
}

function close(open: number[]): Expect {
  open.pop();
  return open.length === 0 ? "end" : "commaOrClose";
}
