import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { FINDING_MESSAGES } from "../../../src/core/messages/findingMessages";
import { fillTemplate } from "../../../src/core/messages/fillTemplate";
import { formatFinding } from "../../../src/core/messages/formatFinding";
import { producedCodes } from "./producedCodes";

const SRC = path.resolve(__dirname, "../../../../src/core");

/** Codes written literally in the checks' source: a second net for a rule the generated requests never trigger. */
function codesInSource(): Set<string> {
  const codes = new Set<string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith(".ts")) {
        const text = fs.readFileSync(p, "utf8");
        for (const m of text.matchAll(/code: "([a-z0-9-]+)"/g)) codes.add(m[1]!);
        for (const m of text.matchAll(/\b(?:finding|live)\((?:"[^"]*"|`[^`]*`), "([a-z0-9-]+)"/g)) codes.add(m[1]!);
      }
    }
  };
  for (const dir of ["actions", "validation", "live", "config"]) walk(path.join(SRC, dir));
  return codes;
}

function assertWorded(code: string, producedBy: string) {
  const entry = FINDING_MESSAGES[code];
  assert.ok(entry, `no message for "${code}" (produced by ${producedBy}): word it in src/core/messages/findingMessages.ts`);
  assert.ok(entry.en && entry.zh, code);
  assert.match(entry.zh, /[\u4e00-\u9fff]/, `${code} has Chinese text`);
}

describe("finding messages", () => {
  it("every code the checks produce over generated requests is worded in English and Chinese", async () => {
    const produced = await producedCodes();
    // The rules, live checks and tcaccel.json checks together produce over 40 codes; far fewer means the
    // generator stopped reaching them.
    assert.ok(produced.size > 40, `the generated requests produced only ${produced.size} codes: ${[...produced.keys()].join(", ")}`);
    for (const [code, input] of produced) assertWorded(code, input);
  });

  it("every code written in the checks' source is worded too", () => {
    for (const code of codesInSource()) assertWorded(code, "src/core");
  });

  it("fills placeholders, conditional parts and per-language params", () => {
    assert.equal(fillTemplate("a {x}{y? and {y}}", { x: 1 }, "en"), "a 1");
    assert.equal(fillTemplate("a {x}{y? and {y}}", { x: 1, y: "b" }, "en"), "a 1 and b");
    assert.equal(fillTemplate("{f}", { f_en: "E", f_zh: "中" }, "zh-cn"), "中");
    assert.equal(formatFinding({ code: "invalid-enum", params: { name: "Area", allowed: ["a", "b"] } }), `"Area" must be one of a, b (case-sensitive).`);
  });

  it("an unknown code falls back to the code", () => assert.equal(formatFinding({ code: "nope", params: {} }), "nope"));
});
