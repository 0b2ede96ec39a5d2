/** The languages the project is worded in: English, and Simplified Chinese (the only translation there is). */
export type Language = "en" | "zh-cn";

/**
 * The wording language for a locale tag (VS Code's `env.language`, `LC_ALL`/`LANG`, an `X-TC-Language` value).
 * Only Simplified Chinese tags get Chinese: zh-TW, zh-HK and zh-Hant readers are better served by English than by
 * a script they did not ask for. POSIX forms such as "zh_CN.UTF-8" are accepted.
 */
export function languageOf(locale: string | undefined): Language {
  // "zh_CN.UTF-8@euro" → "zh-cn": drop the encoding and modifier, POSIX "_" becomes BCP 47 "-".
  const tag = (locale ?? "").trim().toLowerCase().replace(/[.@].*$/, "").replaceAll("_", "-");
  if (tag !== "zh" && !tag.startsWith("zh-")) return "en";
  const subtags = tag.split("-").slice(1);
  if (subtags.includes("hant") || subtags.some((s) => s === "tw" || s === "hk" || s === "mo")) return "en";
  return "zh-cn";
}

/** The first locale set in a POSIX environment, in the order the C library reads them. */
export const environmentLocale = (env: Readonly<Record<string, string | undefined>>): string | undefined =>
  [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v.trim() !== "");

/** The API's own X-TC-Language value for a wording language. */
export const apiLanguage = (lang: Language): "en-US" | "zh-CN" => (lang === "zh-cn" ? "zh-CN" : "en-US");
