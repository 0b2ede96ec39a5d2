import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { boundOriginHealth, classifyListener, classifyOrigin, listenerHealth, tcpListenerHealth, udpListenerHealth } from "../../../src/core/model/listenerHealth";

// The status-code trap (traffic-api.md §3): each field codes health its own way. One test per mapping.
describe("listener and origin health, each API's own codes", () => {
  it("TCPListener.BindStatus: 1 normal, 0 abnormal", () => {
    assert.equal(tcpListenerHealth(1), "healthy");
    assert.equal(tcpListenerHealth(0), "unhealthy");
    assert.equal(tcpListenerHealth(2), "unknown");
    assert.equal(tcpListenerHealth(undefined), "unknown");
    assert.equal(listenerHealth({ Protocol: "TCP", BindStatus: 1 }), "healthy");
    assert.equal(listenerHealth({ Protocol: "TCP", BindStatus: 0, RealServerSet: [] }), "noOrigins", "0 with nothing bound is not an origin's fault");
  });

  it("UDPListener.BindStatus: 0 normal, 1 IP abnormal, 2 DNS abnormal", () => {
    assert.equal(udpListenerHealth(0), "healthy");
    assert.equal(udpListenerHealth(1), "ipUnhealthy");
    assert.equal(udpListenerHealth(2), "dnsUnhealthy");
    assert.equal(udpListenerHealth("0"), "unknown", "a string is not the code");
    assert.equal(listenerHealth({ Protocol: "UDP", BindStatus: 0 }), "healthy");
    assert.equal(listenerHealth({ Protocol: "UDP", BindStatus: 1 }), "ipUnhealthy");
  });

  it("BindRealServer.RealServerStatus: 0 normal, 1 abnormal", () => {
    assert.equal(boundOriginHealth(0), "healthy");
    assert.equal(boundOriginHealth(1), "unhealthy");
    assert.equal(boundOriginHealth(7), "unknown");
    assert.equal(classifyOrigin({ RealServerStatus: 0 }), "running");
    assert.equal(classifyOrigin({ RealServerStatus: 1 }), "failed");
  });

  it("ListenerStatus: 0 running, 1–4 transitional (polled), anything else unknown", () => {
    assert.equal(classifyListener({ ListenerStatus: 0 }), "running");
    for (const s of [1, 2, 3, 4]) assert.equal(classifyListener({ ListenerStatus: s }), "transitional", `status ${s}`);
    assert.equal(classifyListener({ ListenerStatus: 5 }), "unknown");
    assert.equal(classifyListener({}), "unknown");
  });
});
