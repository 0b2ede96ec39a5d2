import type { JsonSchema } from "./actionJsonSchema";

// Keywords that make VS Code's JSON support report problems. The extension reports those itself, once.
const VALIDATING = new Set([
  "type", "required", "additionalProperties", "minLength", "maxLength", "pattern", "patternErrorMessage", "minimum",
  "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems", "uniqueItems", "deprecationMessage",
  "errorMessage", "format", "const", "not",
]);

const isSchema = (v: unknown): v is JsonSchema => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Strips the validating keywords from a schema, keeping descriptions, snippets and the `if` tests that pick an
 * action's branch. Enums stay offered for completion inside `anyOf: [{ enum }, {}]`: the empty branch always
 * matches, so a value outside the enum raises nothing here (the extension reports it).
 */
export function toEditorSchema(schema: JsonSchema): JsonSchema {
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "if") {
      out.if = value; // a test, never reported
    } else if (key === "enum") {
      out.anyOf = [{ enum: value, ...pick(schema, ["markdownEnumDescriptions", "enumDescriptions"]) }, {}];
    } else if (key === "markdownEnumDescriptions" || key === "enumDescriptions" || VALIDATING.has(key)) {
      continue;
    } else if (key === "properties" && isSchema(value)) {
      out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isSchema(v) ? toEditorSchema(v) : v]));
    } else if ((key === "allOf" || key === "anyOf" || key === "oneOf") && Array.isArray(value)) {
      out[key] = value.map((v) => (isSchema(v) ? toEditorSchema(v) : v));
    } else if ((key === "items" || key === "then" || key === "else") && isSchema(value)) {
      out[key] = toEditorSchema(value);
    } else {
      out[key] = value;
    }
  }
  return out;
}

const pick = (o: JsonSchema, keys: string[]) => Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]]));
