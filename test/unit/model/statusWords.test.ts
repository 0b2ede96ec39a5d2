import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { classifyL4Rule } from "../../../src/core/model/statusClass";
import { knownStatuses, statusWord, type StatusOwner } from "../../../src/core/model/statusWords";

const OWNERS: StatusOwner[] = ["gaapProxy", "gaapBan", "gaapGroup", "zone", "l4Proxy", "l4Rule"];

describe("status words", () => {
  it("words every documented code in English and in Chinese (an upper-case API code never shows bare)", () => {
    for (const owner of OWNERS) {
      for (const code of knownStatuses(owner)) {
        const en = statusWord(owner, code, "en");
        const zh = statusWord(owner, code, "zh-cn");
        assert.ok(en.length > 0 && (en !== code || code === code.toLowerCase()), `${owner} ${code} en`);
        assert.match(zh, /[\u4e00-\u9fff]/, `${owner} ${code} zh`);
      }
    }
  });

  it("reads the statuses the zh-cn tree showed raw (RUNNING, CHANGING, ISOLATED, pending) in Chinese", () => {
    assert.equal(statusWord("gaapProxy", "RUNNING", "zh-cn"), "运行中");
    assert.equal(statusWord("gaapGroup", "CHANGING", "zh-cn"), "部分变更中");
    assert.equal(statusWord("gaapProxy", "ISOLATED", "zh-cn"), "已隔离（欠费）");
    assert.equal(statusWord("zone", "pending", "zh-cn"), "待接入");
    assert.equal(statusWord("l4Rule", "progress", "en"), "deploying");
  });

  it("tells codes apart per owner: RECOVERING of a proxy is not RECOVERING of a ban", () => {
    assert.notEqual(statusWord("gaapProxy", "RECOVERING", "en"), statusWord("gaapBan", "RECOVERING", "en"));
  });

  it("shows an unknown code as it came, a missing one as unknown, and no prototype key as a word", () => {
    assert.equal(statusWord("l4Rule", "NEW_STATE", "zh-cn"), "NEW_STATE");
    assert.equal(statusWord("l4Rule", undefined, "en"), "unknown");
    assert.equal(statusWord("l4Rule", "", "zh-cn"), "未知");
    for (const key of ["__proto__", "constructor", "toString", "hasOwnProperty"]) assert.equal(statusWord("gaapProxy", key, "en"), key);
  });

  it("classifies every rule status: progress and stopping poll, fail needs attention", () => {
    const expected: Record<string, string> = { online: "running", progress: "transitional", stopping: "transitional", offline: "stopped", fail: "failed" };
    for (const [Status, cls] of Object.entries(expected)) assert.equal(classifyL4Rule({ Status }), cls, Status);
    assert.deepEqual(knownStatuses("l4Rule").sort(), Object.keys(expected).sort(), "one word per rule status");
    assert.equal(classifyL4Rule({ Status: "constructor" }), "unknown");
  });
});
