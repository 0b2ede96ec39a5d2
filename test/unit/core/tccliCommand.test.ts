import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import { describe, it } from "node:test";
import { ACTIONS, getAction } from "../../../src/core/actions/registry";
import { shellQuote, tccliCommand } from "../../../src/core/requests/tccliCommand";

const createProxy = getAction("CreateProxy")!;

/** The words a POSIX shell passes to tccli for a command line (the command run through `sh -c`, argv printed back). */
function argvOf(command: string): string[] {
  const printed = execFileSync("sh", ["-c", `tccli() { printf '%s\\0' "$@"; }; ${command}`], { encoding: "utf8" });
  return printed.split("\0").slice(0, -1);
}

describe("Copy as tccli", () => {
  it("is the per-parameter form: service, action, --region from the file, --version of the action, one flag per parameter", () => {
    const cmd = tccliCommand({ action: createProxy, region: "ap-guangzhou", params: { ProjectId: 0, ProxyName: "edge-sh", Bandwidth: 10 } });
    assert.equal(cmd, "tccli gaap CreateProxy --region ap-guangzhou --version 2018-05-29 --ProjectId 0 --ProxyName edge-sh --Bandwidth 10");
    assert.doesNotMatch(cmd!, /--cli-input-json/);
  });

  it("passes structured values as JSON text and drops nulls, as tccli reads them", () => {
    const tags = [{ TagKey: "team", TagValue: "it's \"edge\"" }];
    const argv = argvOf(tccliCommand({ action: createProxy, params: { TagSet: tags, GroupId: null, Http3Supported: 1 } })!);
    assert.deepEqual(argv, ["gaap", "CreateProxy", "--version", "2018-05-29", "--TagSet", JSON.stringify(tags), "--Http3Supported", "1"]);
  });

  it("keeps a value that starts with a dash a value (--Name=value), so argparse does not take it for an option", () => {
    const argv = argvOf(tccliCommand({ action: createProxy, region: "-x", params: { ProxyName: "-edge", ClientToken: "" } })!);
    assert.deepEqual(argv, ["gaap", "CreateProxy", "--region=-x", "--version", "2018-05-29", "--ProxyName=-edge", "--ClientToken", ""]);
  });

  it("sends a listener create that names its origins as the create the API takes, the bind after it commented out", () => {
    const set = [{ RealServerId: "rs-1", RealServerPort: 80, RealServerIP: "203.0.113.1" }];
    const cmd = tccliCommand({ action: getAction("CreateTCPListeners")!, region: "ap-shanghai", params: { ListenerName: "web", Ports: [80], ProxyId: "link-1", RealServerBindSet: set } })!;
    const argv = argvOf(cmd);
    assert.deepEqual(argv, ["gaap", "CreateTCPListeners", "--region", "ap-shanghai", "--version", "2018-05-29", "--ListenerName", "web", "--Ports", "[80]", "--ProxyId", "link-1"]);
    const bind = cmd.split("\n").at(-1)!;
    assert.ok(bind.startsWith("# tccli gaap BindListenerRealServers "), bind);
    assert.deepEqual(argvOf(bind.slice(2)).slice(4), ["--version", "2018-05-29", "--ListenerId", "LISTENER_ID", "--RealServerBindSet", JSON.stringify(set)]);
  });

  it("has a command for every action in the registry, under the action's own service and version", () => {
    for (const action of ACTIONS) {
      const { Action: _a, Version: _v, ...params } = action.template;
      const cmd = tccliCommand({ action, params, region: "ap-shanghai" })!;
      assert.deepEqual(argvOf(cmd).slice(0, 6), [action.service, action.name, "--region", "ap-shanghai", "--version", action.version], cmd);
    }
    assert.equal(getAction("CreateL4Proxy")!.service, "teo");
  });

  it("gives no command for a value no argument can carry (NUL)", () => {
    assert.equal(tccliCommand({ action: createProxy, params: { ProxyName: "a\0b" } }), undefined);
  });

  it("quotes so a shell passes hostile text through unchanged, names and values alike", () => {
    const hostile = `it's $(rm -rf ~) \`x\` "q" \\ \n; | & *`;
    assert.equal(execFileSync("sh", ["-c", `printf %s ${shellQuote(hostile)}`], { encoding: "utf8" }), hostile);
    const argv = argvOf(tccliCommand({ action: createProxy, region: hostile, params: { [hostile]: hostile } })!);
    assert.deepEqual(argv.slice(2), ["--region", hostile, "--version", "2018-05-29", `--${hostile}`, hostile]);
  });
});
