import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { validateDocument } from "../../../src/core/validation/validateDocument";

// The request examples of the four seed docs (../shared/reference/api-docs), as request files.
const DIR = path.resolve(__dirname, "../../../../test/fixtures/official");
const files = fs.readdirSync(DIR).filter((f) => f.endsWith(".tcreq.json"));

describe("official examples", () => {
  it("covers the examples of all four seed docs", () => assert.equal(files.length, 5));

  for (const file of files) {
    it(`${file} has no errors`, () => {
      const findings = validateDocument(fs.readFileSync(path.join(DIR, file), "utf8")).findings;
      const errors = findings.filter((f) => f.severity === "error");
      assert.deepEqual(errors, []);
    });
  }

  it("warns about integers written as strings, as the docs write them", () => {
    const findings = validateDocument(fs.readFileSync(path.join(DIR, "checkProxyCreate.tcreq.json"), "utf8")).findings;
    assert.deepEqual(findings.filter((f) => f.code === "integer-as-string").map((f) => f.path).sort(), ["/Bandwidth", "/Concurrent"]);
  });

  it("warns that the second CreateProxy example still uses the disused Http3Supported", () => {
    const findings = validateDocument(fs.readFileSync(path.join(DIR, "createProxy-regions.tcreq.json"), "utf8")).findings;
    assert.ok(findings.some((f) => f.code === "deprecated-parameter" && f.path === "/Http3Supported"));
  });
});
