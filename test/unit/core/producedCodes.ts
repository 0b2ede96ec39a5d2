import { ACTIONS } from "../../../src/core/actions/registry";
import { parseSeverityConfig } from "../../../src/core/config/severityConfig";
import { liveChecks } from "../../../src/core/live/liveChecks";
import type { LiveSource, ProxyFacts } from "../../../src/core/live/liveSource";
import { infoOf, shapeOf } from "../../../src/core/validation/schemaWalk";
import { validateDocument } from "../../../src/core/validation/validateDocument";
import type * as z from "../../../src/core/zod";
import { fullRequest, random } from "./documentBuilders";
import { l4RuleAccount } from "./l4RuleAccount";

/**
 * The finding codes the checks really produce, found by running them: every action's rules and the live checks over
 * seeded random requests built from each action's own parameter schema, plus the document-level and tcaccel.json
 * checks over broken texts. Reading the source for `code: "..."` misses every code built in a variable.
 */

// Values that reach the rules' branches: the fake account's ids, regions and sizes, edges of ranges, wrong types.
const IDS = ["link-1", "link-2", "link-9", "lg-1", "lg-9", "zone-a", "zone-p", "zone-9"];
const REGIONS = ["Shanghai", "Guangzhou", "Hongkong", "Beijing", "Mars"];
const STRINGS = ["value", "taken", "", "a".repeat(300), ...IDS, ...REGIONS];
const NUMBERS = [0, 1, 2, 4, 5, 10, 20, 30, 100, 1000, -1, 1.5, 1e9];

/** Strings likely to matter for a parameter of this name, so that related live checks meet. */
const stringsFor = (name: string) => (name.endsWith("Id") ? IDS : name.endsWith("Region") ? REGIONS : name.endsWith("Name") ? ["taken", "p", ""] : STRINGS);
const WRONG: unknown[] = [null, true, [], {}, "12", "x", 7];

function valueFor(name: string, schema: z.ZodType, r: ReturnType<typeof random>, depth: number): unknown {
  if (r.int(8) === 0) return r.pick(WRONG);
  const info = infoOf(schema);
  if (info?.values) {
    const values = Object.keys(info.values);
    return info.integer ? Number(r.pick(values)) : r.pick([...values, "ON", "nope"]);
  }
  if (info?.integer) return r.pick(NUMBERS);
  const shape = shapeOf(schema);
  if (shape && depth < 2) return objectFor(shape, r, depth + 1);
  return r.int(4) === 0 ? r.pick(NUMBERS) : r.pick(stringsFor(name));
}

function objectFor(shape: Record<string, z.ZodType>, r: ReturnType<typeof random>, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(shape)) if (r.int(4) !== 0) out[name] = valueFor(name, schema, r, depth);
  return out;
}

/** Seeded requests for one action: a full request with some parameters dropped, changed, misnamed or duplicated. */
function* requestsFor(actionName: string, count: number, seed: number): Generator<Record<string, unknown>> {
  const action = ACTIONS.find((a) => a.name === actionName)!;
  const shape = action.params.shape as Record<string, z.ZodType>;
  const r = random(seed);
  for (let i = 0; i < count; i++) {
    const doc: Record<string, unknown> = { ...fullRequest(actionName) };
    for (const [name, schema] of Object.entries(shape)) {
      const roll = r.int(10);
      if (roll < 3) delete doc[name];
      else if (roll < 7) doc[name] = valueFor(name, schema, r, 0);
    }
    if (r.int(10) === 0) doc[r.pick(Object.keys(shape)).toLowerCase()] = 1;
    if (r.int(20) === 0) doc.Version = r.pick(["2018-05-29", "2022-09-01", "2020-01-01"]);
    if (r.int(20) === 0) doc.ClientToken = "AKID" + "a1B2".repeat(8);
    yield doc;
  }
}

const proxy = (over: Partial<ProxyFacts>): ProxyFacts => ({
  proxyId: "link-1", name: "p", status: "RUNNING", accessRegion: "Shanghai", realServerRegion: "Guangzhou", bandwidth: 10, concurrent: 2, scalarable: 1, ...over,
});

/** An account with one origin, two access regions (one without IPv6 or cn2), a stopped proxy, a paused zone. */
function account(): LiveSource {
  const proxies = [proxy({}), proxy({ proxyId: "link-2", status: "CLOSED", scalarable: 0 })];
  const zones: Record<string, { zoneId: string; name: string; paused: boolean; status: string }> = {
    "zone-a": { zoneId: "zone-a", name: "a.com", paused: false, status: "active" },
    "zone-p": { zoneId: "zone-p", name: "p.com", paused: true, status: "active" },
  };
  return {
    ...l4RuleAccount(),
    destRegions: async () => [{ regionId: "Guangzhou" }],
    accessRegions: async (dest) =>
      dest === "Guangzhou"
        ? [
            { regionId: "Shanghai", bandwidths: [10, 20], concurrents: [2, 5], featureBitmap: 0b0000111 },
            { regionId: "Hongkong", bandwidths: [10, 100], concurrents: [2], featureBitmap: 0b0111111 },
          ]
        : [],
    proxy: async (id) => proxies.find((p) => p.proxyId === id),
    group: async (id) => (id === "lg-1" ? { groupId: "lg-1", name: "g", realServerRegion: "Guangzhou" } : undefined),
    zone: async (id) => zones[id],
    l4NameTaken: async (zone, name) => zone === "zone-a" && name === "taken",
    proxies: async () => proxies,
    groups: async () => [],
    zones: async () => Object.values(zones),
  };
}

const BROKEN_DOCUMENTS = ["", "{", "[]", "{}", `{"Action": 1}`, `{"Action": "Nope"}`, `{"Action": "CreateProxy", "Version": "1999-01-01"}`, `{"Action": "CreateProxy", "ProxyName": "a", "ProxyName": "b"}`];
const BROKEN_CONFIGS = ["{", `{"rules": 1}`, `{"rules": {"x": "loud"}}`, `{"nope": 1}`, `{"rules": {"x": 1}}`, `{"$schema": 2}`];

/** Each code with one request (or text) that produced it, for the failure message. */
export async function producedCodes(requestsPerAction = 600): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  const note = (codes: Iterable<{ code: string }>, input: string) => {
    for (const { code } of codes) if (!seen.has(code)) seen.set(code, input.slice(0, 200));
  };
  const source = account();
  for (const [i, action] of ACTIONS.entries()) {
    for (const doc of requestsFor(action.name, requestsPerAction, 1000 + i)) {
      const text = JSON.stringify(doc);
      const validation = validateDocument(text);
      note(validation.findings, text);
      note(await liveChecks(validation, source), text);
    }
  }
  for (const text of BROKEN_DOCUMENTS) note(validateDocument(text).findings, text);
  for (const text of BROKEN_CONFIGS) note(parseSeverityConfig(text).problems, text);
  return seen;
}
