import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { defineAction, type DirectCloud } from "../../../src/core/actions/actionDefinition";
import { int, str } from "../../../src/core/actions/param";
import { ACTIONS, getAction, isActionName, type ActionName } from "../../../src/core/actions/registry";
import { FINDING_MESSAGES } from "../../../src/core/messages/findingMessages";
import { validateDocument } from "../../../src/core/validation/validateDocument";
import * as z from "../../../src/core/zod";
import { findAction } from "../../../src/sandbox/actionTable";
import { findingToApiError } from "../../../src/sandbox/validation/findingToApiError";
import { validateCoreAction } from "../../../src/sandbox/validation/validateCoreAction";

const root = path.resolve(__dirname, "../../../..");
const unusedCloud = {} as DirectCloud;

// A throwaway action in a fixture registry: what a new action's module looks like, and what the types refuse.
const describeThing = defineAction({
  name: "DescribeThing",
  service: "gaap",
  version: "2018-05-29",
  billable: false,
  doc: { en: "Describes a thing.", zh: "查询一个对象。" },
  params: z.strictObject({
    ThingId: str({ en: "Thing ID.", zh: "对象 ID。" }),
    Limit: int({ en: "At most this many.", zh: "最多返回的数量。" }).optional(),
  }),
  rules: () => [],
  template: { Action: "DescribeThing", ThingId: "thing-1" },
  // The send sees the parameters typed by the model: ThingId is a string, Limit a number or absent.
  send: { kind: "direct", send: async (p) => ({ Id: p.ThingId.toUpperCase(), Limit: p.Limit ?? 20 }) },
});

/** A fixture registry of one throwaway action, typed the way registry.ts types the real one. */
type FixtureName = (readonly [typeof describeThing])[number]["name"];

describe("the action registry", () => {
  it("types every table keyed by action name: a misspelt or missing name does not compile", () => {
    const byName = { DescribeThing: "read" } satisfies Record<FixtureName, string>;
    // @ts-expect-error a misspelt action name is not a key of a table typed by the registry
    const misspelt = { DescribeThng: "read" } satisfies Record<FixtureName, string>;
    // @ts-expect-error a table that forgets an action does not compile either
    const missing = {} satisfies Record<FixtureName, string>;
    // @ts-expect-error the real registry: "CreateProxi" is not an ActionName
    const typo: ActionName = "CreateProxi";
    const real: ActionName = "CreateProxy";
    assert.deepEqual([byName.DescribeThing, Object.keys(misspelt), Object.keys(missing), typo, real], ["read", ["DescribeThng"], [], "CreateProxi", "CreateProxy"]);
  });

  it("types a send by the action's parameters and parses them on the way in", async () => {
    defineAction({
      ...describeThing,
      // @ts-expect-error a send that reads a parameter the model does not have does not compile
      send: { kind: "direct", send: async (p) => ({ Id: p.ThingName }) },
    });
    defineAction({
      ...describeThing,
      send: { kind: "direct", send: async () => ({}) },
      // @ts-expect-error a template that names another action does not compile
      template: { Action: "DescribeThings" },
    });
    const route = describeThing.send;
    assert.equal(route.kind, "direct");
    if (route.kind !== "direct") return;
    assert.deepEqual(await route.send({ ThingId: "thing-1" }, unusedCloud), { Id: "THING-1", Limit: 20 });
    await assert.rejects(route.send({ ThingId: 7 }, unusedCloud), { name: "ZodError" }, "unchecked parameters never reach the API");
  });

  it("looks names from files up safely: any string, prototype keys included", () => {
    for (const name of ["__proto__", "constructor", "toString", "createproxy", ""]) {
      assert.equal(getAction(name), undefined, name);
      assert.equal(isActionName(name), false, name);
    }
    assert.equal(getAction("CreateProxy")?.name, "CreateProxy");
  });

  for (const action of ACTIONS) {
    describe(action.name, () => {
      it("sends billable actions only through the panel's write, and reads without one", () => {
        const route = action.send;
        const write = route.kind === "preflight" ? route.write : undefined;
        if (action.billable) assert.ok(write, "billable ⇒ the panel sends it");
        if (route.kind === "direct") assert.equal(action.billable, false, "a direct send is never billable");
      });

      it("has a template that validates without errors (the sample the docs and tests use)", () => {
        const errors = validateDocument(JSON.stringify(action.template, null, 2)).findings.filter((f) => f.severity === "error");
        assert.deepEqual(errors, []);
        assert.equal(action.template.Action, action.name);
      });

      it("is emulated by the sandbox, and its rule errors name codes its rules word", () => {
        assert.ok(findAction(action.service, action.name), `the sandbox answers ${action.name}`);
        for (const code of Object.keys(action.ruleErrors ?? {})) assert.ok(Object.hasOwn(FINDING_MESSAGES, code), `${code} is a worded finding code`);
      });

      it("has a New request command in the manifest, titled in both languages", () => {
        const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
        const command = `tcAccel.new${action.name}Request`;
        const entry = manifest.contributes.commands.find((c: { command: string }) => c.command === command);
        assert.ok(entry, `${command} is contributed`);
        const key = String(entry.title).replace(/^%|%$/g, "");
        for (const file of ["package.nls.json", "package.nls.zh-cn.json"]) {
          const nls = JSON.parse(fs.readFileSync(path.join(root, file), "utf8"));
          assert.match(String(nls[key]), new RegExp(action.name), `${file} titles ${command}`);
        }
      });
    });
  }
});

describe("the sandbox refuses a rule as its action's ruleErrors say", () => {
  it("answers the API's own code for a conflict, and InvalidParameter for a rule it does not list", () => {
    const createL4Proxy = getAction("CreateL4Proxy")!;
    assert.throws(() => validateCoreAction(createL4Proxy, { ZoneId: "zone-1", ProxyName: "p", Area: "global", Ipv6: "on", StaticIp: "on" }), {
      code: "OperationDenied.Ipv6StaticIpConflict",
    });
    const unlisted = { path: "/X", severity: "error" as const, code: "some-new-rule", target: "value" as const, params: {} };
    assert.equal(findingToApiError(unlisted, createL4Proxy).code, "InvalidParameter");
    assert.equal(findingToApiError({ ...unlisted, code: "proxy-id-required" }, getAction("ModifyProxyConfiguration")).code, "MissingParameter");
  });

  it("returns the parameters typed and coerced", () => {
    const modify = getAction("ModifyProxyConfiguration")!;
    assert.deepEqual(validateCoreAction(modify, { ProxyId: "link-1", Bandwidth: "20" }), { ProxyId: "link-1", Bandwidth: 20 });
  });
});
