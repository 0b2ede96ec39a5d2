import type { Language } from "./language";

/** A template's parameters; a list is shown comma-separated. `{name}` prefers `name_en` / `name_zh` when given. */
export type TemplateParams = Readonly<Record<string, string | number | boolean | readonly (string | number)[] | undefined>>;

const show = (v: NonNullable<TemplateParams[string]>): string => (Array.isArray(v) ? v.join(", ") : String(v));

const CONDITIONAL = /\{(\w+)\?([^{}]*(?:\{\w+\}[^{}]*)*)\}/g;
const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The one template filler of the core's catalogues (findings, errors): `{name}` takes the parameter (its
 * `name_en`/`name_zh` variant in that language first), `{name?text}` keeps `text` only when the parameter exists.
 * An unknown placeholder stays as written, so a missing parameter shows rather than vanishing. Lookups use
 * Object.hasOwn: a placeholder such as {constructor} never reads the prototype.
 */
export function fillTemplate(template: string, params: TemplateParams, lang: Language): string {
  const get = (key: string) => (Object.hasOwn(params, key) ? params[key] : undefined);
  const suffix = lang === "zh-cn" ? "zh" : "en";
  return template
    .replace(CONDITIONAL, (_, key: string, inner: string) => (get(key) === undefined ? "" : inner))
    .replace(PLACEHOLDER, (whole, key: string) => {
      const value = get(`${key}_${suffix}`) ?? get(key);
      return value === undefined ? whole : show(value);
    });
}
