import type { CatalogueEntry, Explanation } from "./catalogue/catalogueEntry";
import { CLIENT_ERRORS } from "./catalogue/clientErrors";
import { COMMON_ERRORS } from "./catalogue/commonErrors";
import { GAAP_ERRORS } from "./catalogue/gaapErrors";
import { TEO_ERRORS } from "./catalogue/teoErrors";
import { entry } from "./catalogue/catalogueEntry";
import { fillTemplate, type TemplateParams } from "../messages/fillTemplate";
import { languageOf } from "../messages/language";

const CATALOGUE: Readonly<Record<string, CatalogueEntry>> = { ...COMMON_ERRORS, ...GAAP_ERRORS, ...TEO_ERRORS, ...CLIENT_ERRORS };

const UNKNOWN = entry(
  "Tencent Cloud answered with error code {code}.",
  "Read the server's message; if it does not help, search the code in the API documentation or report the RequestId.",
  "腾讯云返回错误码 {code}。",
  "请查看服务器返回的信息；如仍无法判断，请在 API 文档中查询该错误码，或附上 RequestId 反馈。",
);

/** Every code the catalogue explains (tests check it covers the documented ones). */
export const explainedCodes = (): string[] => Object.keys(CATALOGUE);

export const hasExplanation = (code: string): boolean => Object.hasOwn(CATALOGUE, code);

/** The entry of a code; codes come from API answers, so `__proto__` or `toString` must not reach the prototype. */
const lookup = (code: string): CatalogueEntry | undefined => (hasExplanation(code) ? CATALOGUE[code] : undefined);

/**
 * What happened and what to do, in the user's language (a locale tag such as "zh-CN" or "en-US", or a Language).
 * An unknown sub-code falls back to its family
 * (`FailedOperation.Something` → `FailedOperation`), then to a generic sentence that still names the code.
 */
export function explainError(code: string, language: string, params: TemplateParams = {}): Explanation {
  const family = code.includes(".") ? code.slice(0, code.indexOf(".")) : undefined;
  const found = lookup(code) ?? (family ? lookup(family) : undefined) ?? UNKNOWN;
  const lang = languageOf(language);
  const text = lang === "zh-cn" ? found.zh : found.en;
  const all = { ...params, code };
  return { what: fillTemplate(text.what, all, lang), todo: fillTemplate(text.todo, all, lang) };
}

/** The same for an error the client threw: its details, HTTP status and the like fill the placeholders. */
export function explainApiError(
  error: { code: string; httpStatus?: number; details?: Readonly<Record<string, string | number>> },
  language: string,
): Explanation {
  return explainError(error.code, language, { ...(error.httpStatus !== undefined ? { httpStatus: error.httpStatus } : {}), ...error.details });
}
