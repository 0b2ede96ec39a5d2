import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";

const ROOT = path.resolve(__dirname, "..", "..", "..", "..");
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), "utf8")) as Record<string, unknown>;

/** The settings that decide where signed requests go; a workspace must not be able to set them. */
const ROUTING = ["tcAccel.endpoint", "tcAccel.sandbox.endpoint", "tcAccel.sandbox.secretId"];

describe("settings that route signed requests", () => {
  it("are user settings only, and say so in both languages", () => {
    const manifest = read("package.json") as { contributes: { configuration: { properties: Record<string, { scope?: string; markdownDescription: string }> } } };
    const en = read("package.nls.json") as Record<string, string>;
    const zh = read("package.nls.zh-cn.json") as Record<string, string>;
    for (const key of ROUTING) {
      const setting = manifest.contributes.configuration.properties[key];
      assert.equal(setting?.scope, "application", `${key} cannot be set by a workspace`);
      const nls = setting.markdownDescription.slice(1, -1);
      assert.match(en[nls]!, /user settings only/, `${key}'s description says so`);
      assert.match(zh[nls]!, /只读取用户设置/, `${key}'s Chinese description says so`);
    }
  });
});
