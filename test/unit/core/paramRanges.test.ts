import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { defineAction } from "../../../src/core/actions/actionDefinition";
import { int, list, port, text } from "../../../src/core/actions/param";
import { getAction } from "../../../src/core/actions/registry";
import { formatFinding } from "../../../src/core/messages/formatFinding";
import { actionJsonSchema } from "../../../src/core/schema/actionJsonSchema";
import { validateDocument } from "../../../src/core/validation/validateDocument";
import { validateParams } from "../../../src/core/validation/validateParams";
import * as z from "../../../src/core/zod";
import { validateCoreAction } from "../../../src/sandbox/validation/validateCoreAction";
import { fullRequest } from "./documentBuilders";

const findingsOf = (action: string, changes: Record<string, unknown>) =>
  validateDocument(JSON.stringify({ ...fullRequest(action), ...changes }, null, 2)).findings.filter((f) => f.severity === "error");

const only = (action: string, changes: Record<string, unknown>) => {
  const errors = findingsOf(action, changes);
  assert.equal(errors.length, 1, JSON.stringify(errors));
  return errors[0]!;
};

describe("ranges of caps, counts and IDs (tencent-api.md §2, api-docs)", () => {
  for (const action of ["CreateProxy", "CheckProxyCreate", "ModifyProxyConfiguration"]) {
    it(`${action}: Bandwidth and Concurrent are positive caps`, () => {
      const bandwidth = only(action, { Bandwidth: 0 });
      assert.deepEqual([bandwidth.code, bandwidth.path], ["below-minimum", "/Bandwidth"]);
      assert.equal(formatFinding(bandwidth, "en"), `"Bandwidth" must be at least 1 Mbps; it is 0.`);
      assert.equal(formatFinding(bandwidth, "zh-cn"), `"Bandwidth" 不能小于 1 Mbps，当前为 0。`);
      const concurrent = only(action, { Concurrent: -2 });
      assert.deepEqual([concurrent.code, concurrent.path, concurrent.params.value], ["below-minimum", "/Concurrent", -2]);
      assert.match(formatFinding(concurrent, "zh-cn"), /不能小于 1 万/);
      assert.deepEqual(findingsOf(action, { Bandwidth: 1, Concurrent: 1 }), [], "the smallest cap is allowed");
    });
  }

  it("a cap written as a string is coerced first, then checked on its range", () => {
    const text = JSON.stringify({ ...fullRequest("CreateProxy"), Bandwidth: "0" });
    const codes = validateDocument(text).findings.filter((f) => f.path === "/Bandwidth").map((f) => f.code).sort();
    assert.deepEqual(codes, ["below-minimum", "integer-as-string"]);
  });

  it("CreateProxy: ProjectId is 0 (default) or a project's ID, never negative", () => {
    const f = only("CreateProxy", { ProjectId: -1 });
    assert.deepEqual([f.code, f.path], ["below-minimum", "/ProjectId"]);
    assert.deepEqual(findingsOf("CreateProxy", { ProjectId: 0 }), []);
  });

  it("the published schema carries the documented bounds, and only those", () => {
    const props = actionJsonSchema(getAction("CreateProxy")!, "en").properties as Record<string, Record<string, unknown>>;
    assert.equal(props.Bandwidth!.minimum, 1);
    assert.equal(props.ProjectId!.minimum, 0);
    assert.equal(props.Bandwidth!.maximum, undefined, "no safe-integer bound leaks into the schema");
  });

  it("the sandbox refuses a value outside its range with InvalidParameterValue", () => {
    assert.throws(() => validateCoreAction(getAction("ModifyProxyConfiguration")!, { ProxyId: "link-1", Bandwidth: 0 }), { code: "InvalidParameterValue" });
  });
});

// The helpers the listener and L4 rule actions will use, on a throwaway action.
const fixture = defineAction({
  name: "CreateThing",
  service: "gaap",
  version: "2018-05-29",
  billable: false,
  doc: { en: "x", zh: "x" },
  params: z.strictObject({
    Port: port({ en: "Port.", zh: "端口。" }).optional(),
    DelayLoop: int({ en: "Interval.", zh: "间隔。" }, { min: 5, max: 300, unit: { en: "s", zh: "秒" } }).optional(),
    Ports: list(port({ en: "Port.", zh: "端口。" }), { en: "Ports.", zh: "端口列表。" }, { min: 1, max: 3 }).optional(),
    RuleTag: text({ en: "Tag.", zh: "标签。" }, { min: 1, max: 50 }).optional(),
  }),
  rules: () => [],
  template: { Action: "CreateThing" },
  send: { kind: "direct", send: async () => ({}) },
});

const codesOf = (params: Record<string, unknown>) => validateParams(fixture, params).findings.map((f) => `${f.code} ${f.path}`);

describe("range helpers: ports, bounded values, counts and lengths", () => {
  it("ports are 1–65535", () => {
    assert.deepEqual(codesOf({ Port: 0 }), ["out-of-range /Port"]);
    assert.deepEqual(codesOf({ Port: 65536 }), ["out-of-range /Port"]);
    assert.deepEqual(codesOf({ Port: 1 }), []);
    assert.deepEqual(codesOf({ Port: 65535 }), []);
    const f = validateParams(fixture, { Port: 70000 }).findings[0]!;
    assert.equal(formatFinding(f, "en"), `"Port" must be from 1 to 65535; it is 70000.`);
    assert.equal(formatFinding(f, "zh-cn"), `"Port" 的取值范围为 1 至 65535，当前为 70000。`);
  });

  it("a bounded value names its unit; entries of a list are checked one by one", () => {
    const f = validateParams(fixture, { DelayLoop: 301 }).findings[0]!;
    assert.equal(formatFinding(f, "en"), `"DelayLoop" must be from 5 to 300 s; it is 301.`);
    assert.equal(formatFinding(f, "zh-cn"), `"DelayLoop" 的取值范围为 5 至 300 秒，当前为 301。`);
    assert.deepEqual(codesOf({ Ports: [80, 0] }), ["out-of-range /Ports/1"]);
  });

  it("counts and lengths say how many there are", () => {
    const many = validateParams(fixture, { Ports: [1, 2, 3, 4] }).findings[0]!;
    assert.deepEqual([many.code, many.params.count, many.params.max], ["too-many-entries", 4, 3]);
    assert.equal(formatFinding(many, "zh-cn"), `"Ports" 最多 3 项，当前有 4 项。`);
    assert.deepEqual(codesOf({ Ports: [] }), ["too-few-entries /Ports"]);
    const long = validateParams(fixture, { RuleTag: "x".repeat(51) }).findings[0]!;
    assert.equal(formatFinding(long, "en"), `"RuleTag" takes at most 50 characters; it has 51.`);
    assert.deepEqual(codesOf({ RuleTag: "" }), ["too-short /RuleTag"]);
    assert.deepEqual(codesOf({ RuleTag: "x".repeat(50) }), []);
  });
});
