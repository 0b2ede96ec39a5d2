import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { FINDING_MESSAGES } from "../../../src/core/messages/findingMessages";
import { fillTemplate } from "../../../src/core/messages/fillTemplate";
import { formatFinding } from "../../../src/core/messages/formatFinding";

const SRC = path.resolve(__dirname, "../../../../src/core");

/** Every `code: "..."` a rule or validator in src/core can produce. */
function producedCodes(): Set<string> {
  const codes = new Set<string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith(".ts")) {
        const text = fs.readFileSync(p, "utf8");
        for (const m of text.matchAll(/code: "([a-z0-9-]+)"/g)) codes.add(m[1]!);
        for (const m of text.matchAll(/finding\("[^"]*", "([a-z0-9-]+)"/g)) codes.add(m[1]!);
        for (const m of text.matchAll(/live\("[^"]*", "([a-z0-9-]+)"/g)) codes.add(m[1]!);
      }
    }
  };
  walk(path.join(SRC, "actions"));
  walk(path.join(SRC, "validation"));
  walk(path.join(SRC, "live"));
  return codes;
}

describe("finding messages", () => {
  it("every code the rules produce is worded in English and Chinese", () => {
    const codes = producedCodes();
    assert.ok(codes.size > 20, `found ${codes.size} codes`);
    for (const code of codes) {
      const entry = FINDING_MESSAGES[code];
      assert.ok(entry, `no message for ${code}`);
      assert.ok(entry.en && entry.zh, code);
      assert.match(entry.zh, /[\u4e00-\u9fff]/, `${code} has Chinese text`);
    }
  });

  it("fills placeholders, conditional parts and per-language params", () => {
    assert.equal(fillTemplate("a {x}{y? and {y}}", { x: 1 }, "en"), "a 1");
    assert.equal(fillTemplate("a {x}{y? and {y}}", { x: 1, y: "b" }, "en"), "a 1 and b");
    assert.equal(fillTemplate("{f}", { f_en: "E", f_zh: "中" }, "zh-cn"), "中");
    assert.equal(formatFinding({ code: "invalid-enum", params: { name: "Area", allowed: ["a", "b"] } }), `"Area" must be one of a, b (case-sensitive).`);
  });

  it("an unknown code falls back to the code", () => assert.equal(formatFinding({ code: "nope", params: {} }), "nope"));
});
