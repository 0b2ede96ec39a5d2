import * as z from "../zod";
import type { ActionDefinition } from "../actions/actionDefinition";
import { paramInfo, type Bilingual } from "../actions/param";
import type { Language } from "../messages/language";

export type JsonSchema = Record<string, unknown>;

/** Which words go into descriptions: one UI language, or both (for the schema published for other tools). */
export type SchemaWording = Language | "both";

export function words(text: Bilingual, wording: SchemaWording): string {
  if (wording === "both") return `${text.en}\n\n${text.zh}`;
  return wording === "zh-cn" ? text.zh : text.en;
}

const DEPRECATED: Bilingual = { en: "**Deprecated.**", zh: "**已废弃。**" };

/**
 * The action's parameters as a fully validating JSON Schema (draft-07), made by z.toJSONSchema from the same zod
 * schemas the rules use, with the keywords VS Code's JSON support reads for completion and hover.
 */
export function actionJsonSchema(action: ActionDefinition, wording: SchemaWording): JsonSchema {
  return z.toJSONSchema(action.params, {
    target: "draft-7",
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      const info = paramInfo.get(zodSchema as unknown as z.ZodType);
      if (!info) return;
      const schema = jsonSchema as JsonSchema;
      let description = words(info.doc, wording);
      if (info.deprecated) {
        description = `${words(DEPRECATED, wording)} ${words(info.deprecated, wording)}\n\n${description}`;
        schema.deprecationMessage = words(info.deprecated, wording);
      }
      schema.description = description;
      schema.markdownDescription = description;
      if (info.values) {
        const keys = Object.keys(info.values);
        delete schema.anyOf;
        schema.type = info.integer ? "integer" : "string";
        schema.enum = info.integer ? keys.map(Number) : keys;
        schema.markdownEnumDescriptions = keys.map((k) => words(info.values![k]!, wording));
        schema.enumDescriptions = schema.markdownEnumDescriptions;
      }
      if (info.format) schema.patternErrorMessage = words(info.format, wording);
      // zod writes the safe-integer bounds; they say nothing to a reader. A documented range stays.
      if (schema.type === "integer") {
        if (info.range?.min === undefined) delete schema.minimum;
        if (info.range?.max === undefined) delete schema.maximum;
      }
    },
  }) as JsonSchema;
}
