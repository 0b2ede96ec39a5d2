import { ACTIONS } from "../actions/registry";
import type { ActionDefinition } from "../actions/actionDefinition";
import { actionJsonSchema, words, type JsonSchema, type SchemaWording } from "./actionJsonSchema";
import { toEditorSchema } from "./toEditorSchema";

const DRAFT_07 = "http://json-schema.org/draft-07/schema#";

function commonProperties(wording: SchemaWording): Record<string, JsonSchema> {
  const text = (en: string, zh: string) => ({ description: words({ en, zh }, wording), markdownDescription: words({ en, zh }, wording) });
  return {
    Action: {
      ...text("The API action this file calls.", "此文件调用的接口名称。"),
      type: "string",
      enum: ACTIONS.map((a) => a.name),
      markdownEnumDescriptions: ACTIONS.map((a) => words(a.doc, wording)),
    },
    Version: {
      ...text("API version of the action (optional; GAAP 2018-05-29, EdgeOne 2022-09-01).", "接口版本（可选；GAAP 为 2018-05-29，EdgeOne 为 2022-09-01）。"),
      type: "string",
      enum: [...new Set(ACTIONS.map((a) => a.version))],
    },
    Region: { ...text("Common parameter; GAAP and EdgeOne do not need it.", "公共参数；GAAP 与 EdgeOne 接口不需要传递。"), type: "string" },
  };
}

function actionBranch(action: ActionDefinition, wording: SchemaWording, common: Record<string, JsonSchema>): JsonSchema {
  const own = actionJsonSchema(action, wording);
  delete own.$schema;
  const ownProps = own.properties as Record<string, JsonSchema>;
  return {
    if: { properties: { Action: { const: action.name } }, required: ["Action"] },
    then: {
      ...own,
      properties: { ...common, Version: { ...common.Version, enum: [action.version] }, ...ownProps },
      required: [...((own.required as string[]) ?? []), "Action"],
    },
  };
}

/**
 * The JSON Schema of every request file, discriminated by Action. `validating` keeps the constraints (for other
 * tools); the editor's variant keeps only what completes and explains, so each problem is reported once, by the
 * extension, with the severity `tcaccel validate` gives it.
 */
export function requestFileSchema(wording: SchemaWording, options: { validating: boolean }): JsonSchema {
  const common = commonProperties(wording);
  const schema: JsonSchema = {
    $schema: DRAFT_07,
    $id: options.validating ? "tcreq.full.schema.json" : undefined,
    title: words({ en: "Tencent Cloud Acceleration request", zh: "腾讯云加速请求文件" }, wording),
    type: "object",
    properties: common,
    required: ["Action"],
    defaultSnippets: ACTIONS.map((a) => ({
      label: a.name,
      markdownDescription: words(a.doc, wording),
      body: a.template,
    })),
    allOf: ACTIONS.map((a) => actionBranch(a, wording, common)),
  };
  if (schema.$id === undefined) delete schema.$id;
  return options.validating ? schema : toEditorSchema(schema);
}
