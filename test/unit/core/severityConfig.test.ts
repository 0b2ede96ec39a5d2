import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, it } from "node:test";
import { findSeverityConfig } from "../../../src/core/config/findSeverityConfig";
import { applySeverityConfig, parseSeverityConfig } from "../../../src/core/config/severityConfig";
import { validateDocument } from "../../../src/core/validation/validateDocument";

describe("tcaccel.json", () => {
  it("changes severities and turns rules off", () => {
    const findings = validateDocument(`{"Action":"CheckProxyCreate","AccessRegion":"a","RealServerRegion":"b","Bandwidth":"10","Concurrent":2,"Foo":1}`).findings;
    const { config, problems } = parseSeverityConfig(`{ // comments are allowed\n "rules": { "integer-as-string": "off", "unknown-parameter": "warning" } }`);
    assert.deepEqual(problems, []);
    const tuned = applySeverityConfig(findings, config);
    assert.ok(!tuned.some((f) => f.code === "integer-as-string"));
    assert.equal(tuned.find((f) => f.code === "unknown-parameter")?.severity, "warning");
  });

  it("reports a malformed file on the offending place", () => {
    const bad = parseSeverityConfig(`{"rules": {"integer-as-string": "loud"}}`);
    assert.equal(bad.problems[0]?.code, "config-invalid-enum");
    assert.equal(bad.problems[0]?.path, "/rules/integer-as-string");
    assert.equal(parseSeverityConfig(`{"rules": `).problems[0]?.code, "config-syntax");
    assert.equal(parseSeverityConfig(`{"rule": {}}`).problems[0]?.code, "config-unknown-parameter");
  });

  it("is found by walking up from the request file", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "tcaccel-config-"));
    const deep = path.join(root, "a", "b");
    fs.mkdirSync(deep, { recursive: true });
    assert.equal(findSeverityConfig(path.join(deep, "x.tcreq.json"))?.file.startsWith(root), undefined);
    fs.writeFileSync(path.join(root, "tcaccel.json"), `{"rules":{}}`);
    assert.equal(findSeverityConfig(path.join(deep, "x.tcreq.json"))?.file, path.join(root, "tcaccel.json"));
    fs.writeFileSync(path.join(root, "a", "tcaccel.json"), `{"rules":{"x":"off"}}`);
    assert.equal(findSeverityConfig(path.join(deep, "x.tcreq.json"))?.config.rules.x, "off");
  });
});
