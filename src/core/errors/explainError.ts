import type { CatalogueEntry, Explanation } from "./catalogue/catalogueEntry";
import { CLIENT_ERRORS } from "./catalogue/clientErrors";
import { COMMON_ERRORS } from "./catalogue/commonErrors";
import { GAAP_ERRORS } from "./catalogue/gaapErrors";
import { TEO_ERRORS } from "./catalogue/teoErrors";
import { entry } from "./catalogue/catalogueEntry";

/** The UI languages; locale tags such as "zh-CN", "zh-cn" or "en-US" are accepted and folded onto these. */
export type ErrorLanguage = "en" | "zh-cn";

export const toErrorLanguage = (locale: string | undefined): ErrorLanguage => (locale?.toLowerCase().startsWith("zh") ? "zh-cn" : "en");

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

const fill = (text: string, params: Readonly<Record<string, string | number>>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] !== undefined ? String(params[name]) : whole));

/**
 * What happened and what to do, in the user's language. An unknown sub-code falls back to its family
 * (`FailedOperation.Something` → `FailedOperation`), then to a generic sentence that still names the code.
 */
export function explainError(code: string, language: string, params: Readonly<Record<string, string | number>> = {}): Explanation {
  const family = code.includes(".") ? code.slice(0, code.indexOf(".")) : undefined;
  // Codes come from the API: `constructor` or `toString.x` must not find Object.prototype's members.
  const found = (hasExplanation(code) ? CATALOGUE[code] : undefined) ?? (family && hasExplanation(family) ? CATALOGUE[family] : undefined) ?? UNKNOWN;
  const text = toErrorLanguage(language) === "zh-cn" ? found.zh : found.en;
  const all = { code, ...params };
  return { what: fill(text.what, all), todo: fill(text.todo, all) };
}

/** The same for an error the client threw: its details, HTTP status and the like fill the placeholders. */
export function explainApiError(
  error: { code: string; httpStatus?: number; details?: Readonly<Record<string, string | number>> },
  language: string,
): Explanation {
  return explainError(error.code, language, { ...(error.httpStatus !== undefined ? { httpStatus: error.httpStatus } : {}), ...error.details });
}
