import type { Bilingual } from "../actions/param";

/**
 * What is wrong with a credentials file, worded without quoting it: the file holds keys, and a parser's own message
 * (JSON.parse quotes about ten characters around the error) would carry part of one into logs and the UI.
 */
export type SyntaxProblem =
  | "empty-file"
  | "unexpected-end"
  | "wrong-quotes"
  | "unquoted-text"
  | "comment"
  | "unterminated-string"
  | "invalid-escape"
  | "invalid-character"
  | "invalid-number"
  | "expected-property-name"
  | "expected-colon"
  | "expected-comma-or-close"
  | "expected-value"
  | "trailing-comma"
  | "text-after-end"
  | "not-an-object"
  | "invalid-json"
  | "empty-section-name"
  | "expected-section-or-entry"
  | "entry-outside-section"
  | "byte-order-mark";

export const SYNTAX_PROBLEMS: Readonly<Record<SyntaxProblem, Bilingual>> = {
  "empty-file": { en: "the file is empty", zh: "文件为空" },
  "unexpected-end": { en: "the file ends before the JSON is complete", zh: "JSON 尚未结束文件就结束了" },
  "wrong-quotes": { en: "a value in single or typographic quotes (JSON takes straight double quotes only)", zh: "取值使用了单引号或中文引号（JSON 只接受英文双引号）" },
  "unquoted-text": { en: "text without double quotes", zh: "文本缺少双引号" },
  comment: { en: "a comment (JSON has none)", zh: "包含注释（JSON 不支持注释）" },
  "unterminated-string": { en: "a string without its closing double quote", zh: "字符串缺少结尾的双引号" },
  "invalid-escape": { en: "an invalid backslash escape in a string", zh: "字符串中有无效的反斜杠转义" },
  "invalid-character": { en: "a character JSON does not allow here", zh: "此处有 JSON 不允许的字符" },
  "invalid-number": { en: "an incomplete number", zh: "数字不完整" },
  "expected-property-name": { en: "a property name in double quotes was expected", zh: "此处应为带双引号的属性名" },
  "expected-colon": { en: "a colon after the property name was expected", zh: "属性名后应为冒号" },
  "expected-comma-or-close": { en: "a comma or a closing bracket was expected", zh: "此处应为逗号或右括号" },
  "expected-value": { en: "a value was expected", zh: "此处应为一个值" },
  "trailing-comma": { en: "a comma before a closing bracket", zh: "右括号前多了一个逗号" },
  "text-after-end": { en: "more text after the end of the JSON object", zh: "JSON 对象结束后还有多余内容" },
  "not-an-object": { en: "the file is not one JSON object", zh: "文件不是一个 JSON 对象" },
  "invalid-json": { en: "the JSON is not valid", zh: "JSON 不合法" },
  "empty-section-name": { en: "a section with an empty name", zh: "小节名称为空" },
  "expected-section-or-entry": { en: "expected [section] or key = value", zh: "此处应为 [小节] 或 key = value" },
  "entry-outside-section": { en: "a key outside any [section]", zh: "键值不在任何 [小节] 中" },
  "byte-order-mark": {
    en: "the file starts with a byte order mark (BOM), so the Tencent Cloud SDKs do not read its first section; save it as UTF-8 without BOM",
    zh: "文件以字节顺序标记（BOM）开头，腾讯云 SDK 读不到第一个小节；请另存为不带 BOM 的 UTF-8",
  },
};
