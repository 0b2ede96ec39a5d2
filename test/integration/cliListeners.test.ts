import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, it } from "node:test";

// The built `tcaccel` on GAAP listener request files: the offline rules, in both languages, and Copy as tccli.
const ROOT = path.resolve(__dirname, "../../..");
const CLI = path.join(ROOT, "dist", "cli.js");
const tcaccel = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, LANG: "C" } });

function file(name: string, body: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tcaccel-listener-"));
  const p = path.join(dir, name);
  fs.writeFileSync(p, JSON.stringify(body, null, 2) + "\n");
  return p;
}

describe("tcaccel on GAAP listener files", () => {
  it("validate applies the listener rules on the right lines, in English and Chinese", () => {
    const bad = file("tcp.tcreq.json", {
      Action: "CreateTCPListeners",
      ProxyId: "link-abc12345",
      GroupId: "lg-abc12345",
      ListenerName: "web",
      Ports: [80, 443, 80],
      Scheduler: "wrr",
      RealServerType: "DOMAIN",
      HealthCheck: 1,
      DelayLoop: 10,
      ConnectTimeout: 10,
    });
    const r = tcaccel(["validate", bad]);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /tcp\.tcreq\.json:4:3: error listener-proxy-and-group:/);
    assert.match(r.stdout, /tcp\.tcreq\.json:9:5: error listener-duplicate-port: Port 80 is listed twice/);
    assert.match(r.stdout, /tcp\.tcreq\.json:11:16: error listener-domain-scheduler:/);
    assert.match(r.stdout, /error listener-connect-timeout-not-below-delay-loop: ConnectTimeout \(10 s\)/);
    const zh = tcaccel(["validate", "--lang", "zh-cn", bad]);
    assert.match(zh.stdout, /端口 80 重复出现/);

    const json = JSON.parse(tcaccel(["validate", "--format", "json", bad]).stdout) as { path: string; code: string }[];
    assert.ok(json.some((f) => f.code === "listener-duplicate-port" && f.path === "/Ports/2"));
  });

  it("validate passes a good UDP listener and a bind file, and tccli prints their commands", () => {
    const udp = file("udp.tcreq.json", { Action: "CreateUDPListeners", ProxyId: "link-abc12345", ListenerName: "dns", Ports: [53], Scheduler: "rr", RealServerType: "IP", HealthCheck: 1, CheckType: "PING" });
    const bind = file("bind.tcreq.json", {
      Action: "BindListenerRealServers",
      ListenerId: "listener-abc12345",
      RealServerBindSet: [{ RealServerId: "rs-abc12345", RealServerIP: "203.0.113.10", RealServerPort: 53 }],
    });
    const v = tcaccel(["validate", udp, bind]);
    assert.equal(v.status, 0, v.stdout + v.stderr);
    const t = tcaccel(["tccli", udp, bind]);
    assert.equal(t.status, 0, t.stderr);
    const [udpLine, bindLine] = t.stdout.trim().split("\n");
    assert.equal(udpLine, "tccli gaap CreateUDPListeners --version 2018-05-29 --ProxyId link-abc12345 --ListenerName dns --Ports '[53]' --Scheduler rr --RealServerType IP --HealthCheck 1 --CheckType PING");
    assert.equal(bindLine, `tccli gaap BindListenerRealServers --version 2018-05-29 --ListenerId listener-abc12345 --RealServerBindSet '[{"RealServerId":"rs-abc12345","RealServerIP":"203.0.113.10","RealServerPort":53}]'`);
  });

  it("tccli refuses a file with errors and says why", () => {
    const bad = file("del.tcreq.json", { Action: "DeleteListeners", ListenerIds: ["listener-1"], Force: 0 });
    const r = tcaccel(["tccli", bad]);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, "");
    assert.match(r.stderr, /listener-proxy-or-group-required/);
  });
});
