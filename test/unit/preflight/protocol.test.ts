import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { fromWebviewSchema, panelStateSchema, parseMessage, PREFLIGHT_STRING_KEYS, toWebviewSchema, type PanelState } from "../../../src/shared/preflightProtocol";

const state: PanelState = {
  v: 1,
  uri: "file:///w/edge.tcreq.json",
  clientToken: "c0ffee",
  view: {
    revision: 3,
    action: "CreateProxy",
    title: "CreateProxy · <img src=x onerror=alert(1)>",
    subtitle: "edge.tcreq.json",
    phase: "ready",
    send: { kind: "create", enabled: true, blockers: [] },
    sections: [{ id: "check", title: "Creation check", status: "ok", rows: [{ label: "RequestId", value: "r-1", mono: true }], items: [{ severity: "ok", text: "x", path: "/Bandwidth" }] }],
  },
};

describe("preflight message protocol", () => {
  it("accepts what each side sends", () => {
    for (const m of [{ type: "ready" }, { type: "send", revision: 3 }, { type: "cancel" }, { type: "recheck" }, { type: "reveal", path: "/Bandwidth" }, { type: "useSuggestion", id: "alt-0" }]) {
      assert.deepEqual(parseMessage(fromWebviewSchema, m), m);
    }
    const strings = Object.fromEntries(PREFLIGHT_STRING_KEYS.map((k) => [k, k]));
    assert.deepEqual(parseMessage(toWebviewSchema, { type: "init", strings }), { type: "init", strings });
    assert.deepEqual(parseMessage(toWebviewSchema, { type: "state", state }), { type: "state", state });
  });

  it("refuses what does not fit, and nothing is acted on", () => {
    for (const bad of [null, "send", { type: "send" }, { type: "send", revision: "3" }, { type: "send", revision: 1.5 }, { type: "eval", code: "x" }, { type: "reveal", path: "x".repeat(201) }]) {
      assert.equal(parseMessage(fromWebviewSchema, bad), undefined, JSON.stringify(bad));
    }
    assert.equal(parseMessage(toWebviewSchema, { type: "init", strings: { create: "Create" } }), undefined, "an incomplete string table");
    assert.equal(parseMessage(panelStateSchema, { ...state, view: { ...state.view, phase: "exploded" } }), undefined);
  });

  it("restores a kept state without the extras the page keeps beside it", () => {
    const kept = { ...state, strings: { create: "Create" } };
    assert.deepEqual(parseMessage(panelStateSchema, kept), state);
  });
});
