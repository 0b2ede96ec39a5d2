import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { validateDocument } from "../../../src/core/validation/validateDocument";

/** The text a finding's range covers, read back through its line/character positions. */
function covered(text: string, code: string, path?: string): string {
  const lines = text.split("\n");
  const f = validateDocument(text).findings.find((x) => x.code === code && (path === undefined || x.path === path));
  assert.ok(f, `no ${code}`);
  const { start, end } = f.range;
  if (start.line === end.line) return lines[start.line]!.slice(start.character, end.character);
  return [lines[start.line]!.slice(start.character), ...lines.slice(start.line + 1, end.line), lines[end.line]!.slice(0, end.character)].join("\n");
}

const DOC = `{
  "Action": "CreateProxy",
  "ProjectId": "0",
  "ProxyName": "edge-sh",
  "AccessRegion": "Shanghai",
  "Bandwith": 10,
  "Concurrent": 2,
  "NetworkType": "Normal",
  "Http3Supported": 0,
  "TagSet": [{ "TagKey": "env", "TagValue": 5 }]
}`;

describe("finding ranges", () => {
  it("a bad value covers the value", () => assert.equal(covered(DOC, "invalid-enum"), `"Normal"`));
  it("an integer as a string covers the string", () => assert.equal(covered(DOC, "integer-as-string"), `"0"`));
  it("an unknown parameter covers its key", () => assert.equal(covered(DOC, "unknown-parameter"), `"Bandwith"`));
  it("a deprecated parameter covers its key", () => assert.equal(covered(DOC, "deprecated-parameter"), `"Http3Supported"`));
  it("a nested bad value covers it", () => assert.equal(covered(DOC, "invalid-type", "/TagSet/0/TagValue"), "5"));
  it("a missing parameter marks the object that lacks it", () => {
    const f = validateDocument(DOC).findings.find((x) => x.code === "missing-parameter" && x.path === "/Bandwidth");
    assert.deepEqual(f?.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } });
  });
  it("a nested missing parameter marks its own object", () => {
    const text = `{"Action":"CreateProxy","TagSet":[{"TagKey":"a"}]}`;
    const f = validateDocument(text).findings.find((x) => x.path === "/TagSet/0/TagValue");
    assert.equal(f?.offset, text.indexOf(`{"TagKey"`));
  });
  it("positions count CRLF line ends", () => {
    const f = validateDocument(DOC.replace(/\n/g, "\r\n")).findings.find((x) => x.code === "invalid-enum");
    assert.deepEqual(f?.range.start, { line: 7, character: 17 });
  });
  it("positions count UTF-16 code units, as VS Code does", () => {
    const text = `{"Action":"CreateL4Proxy","ProxyName":"𝕏𝕏","ZoneId":"z","Area":"Mars"}`;
    const f = validateDocument(text).findings.find((x) => x.code === "invalid-enum");
    assert.equal(f?.range.start.character, text.indexOf(`"Mars"`));
  });
});
