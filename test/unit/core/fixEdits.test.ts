import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { applyEdits, fixEdits } from "../../../src/core/requests/fixEdits";
import { validateDocument } from "../../../src/core/validation/validateDocument";

/** Applies the fix of the first finding with `code` and returns the new text. */
function fix(text: string, code: string): string {
  const f = validateDocument(text).findings.find((x) => x.code === code);
  assert.ok(f?.fix, `no fix for ${code}`);
  return applyEdits(text, fixEdits(text, f.path, f.fix));
}

const MODIFY = `{\n  "Action": "ModifyProxyConfiguration",\n  "InstanceId": "link-1",\n  "Bandwidth": "20"\n}\n`;

describe("quick fix edits", () => {
  it("renames InstanceId to ProxyId, keeping the value and layout", () => {
    const out = fix(MODIFY, "deprecated-parameter");
    assert.equal(out, MODIFY.replace(`"InstanceId"`, `"ProxyId"`));
    assert.ok(!validateDocument(out).findings.some((f) => f.code === "deprecated-parameter"));
  });

  it("turns a numeric string into a number", () => {
    assert.equal(fix(MODIFY, "integer-as-string"), MODIFY.replace(`"20"`, "20"));
  });

  it("removes an ignored parameter and leaves valid JSON", () => {
    const text = `{\n  "Action": "CreateProxy",\n  "GroupId": "lg-1",\n  "RealServerRegion": "Guangzhou",\n  "ProjectId": 0\n}`;
    const out = fix(text, "ignored-with-group");
    assert.doesNotMatch(out, /RealServerRegion/);
    assert.deepEqual(JSON.parse(out), { Action: "CreateProxy", GroupId: "lg-1", ProjectId: 0 });
  });

  it("adds a ClientToken", () => {
    const text = `{\n  "Action": "CreateProxy"\n}`;
    const f = validateDocument(text).findings.find((x) => x.code === "client-token-missing")!;
    const out = applyEdits(text, fixEdits(text, f.path, { kind: "add-parameter", name: "ClientToken", value: "abc" }));
    assert.equal(JSON.parse(out).ClientToken, "abc");
  });

  it("renames a misspelt parameter to its suggestion", () => {
    assert.match(fix(`{"Action":"CheckProxyCreate","Bandwith":10}`, "unknown-parameter"), /"Bandwidth":10/);
  });

  it("keeps CRLF line ends", () => {
    const out = fix(`{\r\n  "Action": "CreateProxy",\r\n  "GroupId": "g",\r\n  "RealServerRegion": "x"\r\n}`, "ignored-with-group");
    assert.doesNotMatch(out.replace(/\r\n/g, ""), /\n/);
  });
});
