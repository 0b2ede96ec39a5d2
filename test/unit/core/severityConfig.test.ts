import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, it } from "node:test";
import { findSeverityConfig } from "../../../src/core/config/findSeverityConfig";
import { applySeverityConfig, parseSeverityConfig } from "../../../src/core/config/severityConfig";
import { formatFinding } from "../../../src/core/messages/formatFinding";
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

  it("a config nested 2,000 deep, or far too large, is one finding on the file, never an exception", () => {
    const deep = parseSeverityConfig(`{"rules":${"[".repeat(2_000)}${"]".repeat(2_000)}}`);
    assert.deepEqual(deep.problems.map((p) => p.code), ["config-too-deep"]);
    assert.deepEqual(Object.keys(deep.config.rules), []);
    const unclosed = parseSeverityConfig("{".repeat(100_000));
    assert.deepEqual(unclosed.problems.map((p) => p.code), ["config-too-deep"]);
    const huge = parseSeverityConfig(`{"rules":{${Array.from({ length: 30_000 }, (_, i) => `"code-${i}":"off"`).join(",")}}}`);
    assert.deepEqual(huge.problems.map((p) => p.code), ["config-too-large"]);
    assert.match(formatFinding(huge.problems[0]!, "en"), /too large/);
    const broken = parseSeverityConfig("x ".repeat(20_000));
    assert.ok(broken.problems.length <= 101 && broken.problems.at(-1)!.code === "more-findings");
  });

  it("rule codes such as __proto__, constructor and toString are findings and stay plain keys", () => {
    const text = `{"rules": {"__proto__": "off", "constructor": "warning", "toString": "info", "hasOwnProperty": "off", "integer-as-strng": "off"}}`;
    const { config, problems } = parseSeverityConfig(text);
    assert.deepEqual(problems.map((p) => [p.code, p.params.name]), [
      ["config-unknown-rule", "__proto__"],
      ["config-unknown-rule", "constructor"],
      ["config-unknown-rule", "toString"],
      ["config-unknown-rule", "hasOwnProperty"],
      ["config-unknown-rule", "integer-as-strng"],
    ]);
    assert.equal(problems[4]!.params.suggestion, "integer-as-string");
    assert.equal(text.slice(problems[0]!.offset, problems[0]!.offset + problems[0]!.length), '"__proto__"');
    assert.equal(Object.getPrototypeOf(config.rules), null);
    assert.equal(config.rules["__proto__"], "off");
    assert.equal(({} as Record<string, unknown>).constructor, Object, "Object.prototype untouched");
    // A finding whose code is a name on Object.prototype keeps its severity when the file does not name it.
    const finding = { code: "valueOf", severity: "error" as const };
    assert.deepEqual(applySeverityConfig([finding], { rules: {} }), [finding]);
    assert.deepEqual(applySeverityConfig([{ code: "constructor", severity: "error" as const }], config), [{ code: "constructor", severity: "warning" }]);
  });

  it("is looked up no higher than the stop folder, and only in the file's own folder when the file is outside it", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "tcaccel-stop-"));
    const workspace = path.join(root, "ws");
    const deep = path.join(workspace, "a");
    fs.mkdirSync(deep, { recursive: true });
    fs.writeFileSync(path.join(root, "tcaccel.json"), `{"rules":{"secret-in-file":"off"}}`);
    assert.equal(findSeverityConfig(path.join(deep, "x.tcreq.json"), workspace), undefined, "the file above the workspace is not read");
    assert.equal(findSeverityConfig(path.join(deep, "x.tcreq.json"), path.join(root, "elsewhere")), undefined, "outside the stop folder: own folder only");
    fs.writeFileSync(path.join(workspace, "tcaccel.json"), `{"rules":{}}`);
    assert.equal(findSeverityConfig(path.join(deep, "x.tcreq.json"), workspace)?.file, path.join(workspace, "tcaccel.json"));
  });

  it("a tcaccel.json that is a folder, a FIFO or huge is not read whole", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "tcaccel-odd-"));
    fs.mkdirSync(path.join(root, "tcaccel.json"));
    assert.equal(findSeverityConfig(path.join(root, "x.tcreq.json"), root), undefined);
    const big = path.join(root, "big");
    fs.mkdirSync(big);
    fs.writeFileSync(path.join(big, "tcaccel.json"), " ".repeat(5_000_000));
    assert.deepEqual(findSeverityConfig(path.join(big, "x.tcreq.json"), big)?.problems.map((p) => p.code), ["config-too-large"]);
    if (process.platform !== "win32") {
      const fifo = path.join(root, "fifo");
      fs.mkdirSync(fifo);
      require("node:child_process").execFileSync("mkfifo", [path.join(fifo, "tcaccel.json")]);
      assert.equal(findSeverityConfig(path.join(fifo, "x.tcreq.json"), fifo), undefined);
    }
  });

  it("is found by walking up from the request file", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "tcaccel-config-"));
    const deep = path.join(root, "a", "b");
    fs.mkdirSync(deep, { recursive: true });
    assert.equal(findSeverityConfig(path.join(deep, "x.tcreq.json"), root)?.file.startsWith(root), undefined);
    fs.writeFileSync(path.join(root, "tcaccel.json"), `{"rules":{}}`);
    assert.equal(findSeverityConfig(path.join(deep, "x.tcreq.json"), root)?.file, path.join(root, "tcaccel.json"));
    fs.writeFileSync(path.join(root, "a", "tcaccel.json"), `{"rules":{"x":"off"}}`);
    assert.equal(findSeverityConfig(path.join(deep, "x.tcreq.json"), root)?.config.rules["x"], "off");
  });
});
