import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { bindListenerRequest, modifyListenerRequest } from "../../../src/core/requests/requestFromListener";

describe("request files from a live listener", () => {
  it("Modify of a TCP listener: its name, scheduler and health check as they are; read-only fields left out", () => {
    const live = { ListenerId: "listener-1", ListenerName: "web", Port: 80, ListenerStatus: 0, BindStatus: 1, Scheduler: "wrr", HealthCheck: 1, DelayLoop: 5, ConnectTimeout: 2, HealthyThreshold: 3, UnhealthyThreshold: 3, FailoverSwitch: 0 };
    assert.deepEqual(modifyListenerRequest("TCP", { ProxyId: "link-a" }, live), {
      Action: "ModifyTCPListenerAttribute",
      Version: "2018-05-29",
      ProxyId: "link-a",
      ListenerId: "listener-1",
      ListenerName: "web",
      Scheduler: "wrr",
      HealthCheck: 1,
      DelayLoop: 5,
      ConnectTimeout: 2,
      HealthyThreshold: 3,
      UnhealthyThreshold: 3,
      FailoverSwitch: 0,
    });
  });

  it("Modify of a UDP listener: probe timings only with HealthCheck 1, port-probe fields only with CheckType PORT", () => {
    const off = modifyListenerRequest("UDP", { ProxyId: "link-a" }, { ListenerId: "listener-u", HealthCheck: 0, DelayLoop: 5, CheckType: "PORT", CheckPort: 53 });
    assert.deepEqual(Object.keys(off), ["Action", "Version", "ProxyId", "ListenerId", "HealthCheck"]);
    const ping = modifyListenerRequest("UDP", { ProxyId: "link-a" }, { ListenerId: "listener-u", HealthCheck: 1, CheckType: "PING", CheckPort: 53, ContextType: "TEXT" });
    assert.equal(ping.Action, "ModifyUDPListenerAttribute");
    assert.equal(ping.CheckType, "PING");
    assert.equal(ping.CheckPort, undefined);
    const port = modifyListenerRequest("UDP", { ProxyId: "link-a" }, { ListenerId: "listener-u", HealthCheck: 1, CheckType: "PORT", CheckPort: 53, ContextType: "TEXT", SendContext: "a", RecvContext: "b" });
    assert.deepEqual([port.CheckPort, port.ContextType, port.SendContext, port.RecvContext], [53, "TEXT", "a", "b"]);
  });

  it("Modify of a group's listener names the group (GroupId), never a ProxyId", () => {
    const out = modifyListenerRequest("TCP", { GroupId: "lg-web" }, { ListenerId: "listener-g", ListenerName: "group-tcp", HealthCheck: 0 });
    assert.deepEqual(Object.keys(out), ["Action", "Version", "GroupId", "ListenerId", "ListenerName", "HealthCheck"]);
    assert.equal(out.GroupId, "lg-web");
  });

  it("Modify ignores hostile field types (no throw, nothing odd written)", () => {
    const out = modifyListenerRequest("TCP", { ProxyId: "link-a" }, { ListenerId: { toString: 1 }, ListenerName: ["x"], HealthCheck: "1", DelayLoop: Number.NaN });
    assert.deepEqual(Object.keys(out), ["Action", "Version", "ProxyId"]);
  });

  it("Bind holds the current origin set; weights with wrr only, roles with FailoverSwitch 1 only", () => {
    const bound = [
      { RealServerId: "rs-1", RealServerIP: "203.0.113.11", RealServerPort: 80, RealServerWeight: 10, RealServerFailoverRole: "master", RealServerStatus: 0 },
      { RealServerId: "rs-2", RealServerIP: "203.0.113.12", RealServerPort: 80, RealServerWeight: 5, RealServerFailoverRole: "slave" },
      { RealServerIP: "no id" },
    ];
    assert.deepEqual(bindListenerRequest("listener-1", bound, { Scheduler: "rr", FailoverSwitch: 0 }), {
      Action: "BindListenerRealServers",
      Version: "2018-05-29",
      ListenerId: "listener-1",
      RealServerBindSet: [
        { RealServerId: "rs-1", RealServerPort: 80, RealServerIP: "203.0.113.11" },
        { RealServerId: "rs-2", RealServerPort: 80, RealServerIP: "203.0.113.12" },
      ],
    });
    const wrr = bindListenerRequest("listener-1", bound, { Scheduler: "wrr", FailoverSwitch: 1 });
    assert.deepEqual(wrr.RealServerBindSet, [
      { RealServerId: "rs-1", RealServerPort: 80, RealServerIP: "203.0.113.11", RealServerWeight: 10, RealServerFailoverRole: "master" },
      { RealServerId: "rs-2", RealServerPort: 80, RealServerIP: "203.0.113.12", RealServerWeight: 5, RealServerFailoverRole: "slave" },
    ]);
    assert.deepEqual(bindListenerRequest("listener-1", []).RealServerBindSet, []);
  });
});
