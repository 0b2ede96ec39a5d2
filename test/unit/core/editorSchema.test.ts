import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import * as fs from "node:fs";
import * as path from "node:path";
import { getLanguageService, TextDocument, type JSONSchema } from "vscode-json-languageservice";
import { ACTIONS } from "../../../src/core/actions/registry";
import { infoOf } from "../../../src/core/validation/schemaWalk";
import { validateDocument } from "../../../src/core/validation/validateDocument";
import { requestFileSchema } from "../../../src/core/schema/requestFileSchema";
import { mutatedDocuments } from "./documentBuilders";

// The editor's schema must complete and explain every parameter and value, and raise nothing of its own:
// problems are the extension's to report, once, with the severity `tcaccel validate` gives them.

const SCHEMA_URI = "file:///schema/tcreq.schema.json";

function service(schema: JSONSchema) {
  const ls = getLanguageService({ schemaRequestService: async () => JSON.stringify(schema) });
  ls.configure({ validate: true, schemas: [{ uri: SCHEMA_URI, fileMatch: ["*.tcreq.json"], schema }] });
  return ls;
}

const editor = service(requestFileSchema("en", { validating: false }) as JSONSchema);
const doc = (text: string) => TextDocument.create("file:///w/x.tcreq.json", "json", 1, text);

async function complete(text: string) {
  const cursor = text.indexOf("|");
  const d = doc(text.slice(0, cursor) + text.slice(cursor + 1));
  const list = await editor.doComplete(d, d.positionAt(cursor), editor.parseJSONDocument(d));
  return list?.items ?? [];
}

describe("editor JSON Schema", () => {
  for (const action of ACTIONS) {
    it(`completes every parameter of ${action.name}`, async () => {
      const items = await complete(`{ "Action": "${action.name}", | }`);
      const labels = new Set(items.map((i) => i.label.replace(/"/g, "")));
      for (const name of Object.keys(action.params.shape)) assert.ok(labels.has(name), `${name} offered`);
      const withDoc = items.filter((i) => i.documentation);
      assert.ok(withDoc.length >= Object.keys(action.params.shape).length, "parameters come with descriptions");
    });

    it(`completes every enum value of ${action.name}`, async () => {
      for (const [name, schema] of Object.entries(action.params.shape)) {
        const values = infoOf(schema)?.values;
        if (!values) continue;
        const items = await complete(`{ "Action": "${action.name}", "${name}": | }`);
        const labels = new Set(items.map((i) => i.label.replace(/"/g, "")));
        for (const v of Object.keys(values)) assert.ok(labels.has(v), `${name}: ${v} offered (got ${[...labels].join(",")})`);
      }
    });
  }

  it("offers a snippet per action in an empty file", async () => {
    const items = await complete("|");
    for (const action of ACTIONS) assert.ok(items.some((i) => i.label === action.name), `${action.name} snippet`);
  });

  it("explains parameters on hover in Chinese with the zh-cn schema", async () => {
    const zh = service(requestFileSchema("zh-cn", { validating: false }) as JSONSchema);
    const d = doc(`{ "Action": "CreateL4Proxy", "Area": "global" }`);
    const hover = await zh.doHover(d, d.positionAt(32), zh.parseJSONDocument(d));
    assert.match(JSON.stringify(hover?.contents), /加速区域/);
  });

  it("raises nothing the core does not, on valid, broken and mutated documents", async () => {
    const texts = [...ACTIONS.map((a) => JSON.stringify(a.template, null, 2)), ...mutatedDocuments(400, 7)];
    let compared = 0;
    for (const text of texts) {
      const d = doc(text);
      const problems = await editor.doValidation(d, editor.parseJSONDocument(d));
      const core = validateDocument(text).findings;
      for (const p of problems) {
        const syntaxOrDuplicate = core.some((f) => f.code === "json-syntax" || f.code === "duplicate-parameter");
        assert.ok(syntaxOrDuplicate, `schema raised "${p.message}" that the core does not on:\n${text}`);
      }
      compared++;
    }
    assert.equal(compared, texts.length);
  });

  it("is the file the build writes", () => {
    const built = path.resolve(__dirname, "../../../../dist/schema/tcreq.schema.json");
    assert.deepEqual(JSON.parse(fs.readFileSync(built, "utf8")), requestFileSchema("en", { validating: false }));
  });
});
