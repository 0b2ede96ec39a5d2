import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import { describe, it } from "node:test";
import { shellQuote, tccliCommand } from "../../../src/core/requests/tccliCommand";

describe("Copy as tccli", () => {
  it("names the service and action and passes the parameters without Action, Version and Region", () => {
    const cmd = tccliCommand({ Action: "CreateProxy", Version: "2018-05-29", Region: "ap-guangzhou", ProjectId: 0, ProxyName: "edge-sh", Bandwidth: 10 });
    assert.equal(cmd, `tccli gaap CreateProxy --cli-input-json '{"ProjectId":0,"ProxyName":"edge-sh","Bandwidth":10}'`);
    assert.match(tccliCommand({ Action: "CreateL4Proxy", ZoneId: "zone-1" })!, /^tccli teo CreateL4Proxy --cli-input-json /);
  });

  it("has no command without a known action", () => assert.equal(tccliCommand({ Action: "Nope" }), undefined));

  it("quotes so a shell passes the JSON through unchanged, quotes and all", () => {
    const hostile = `it's $(rm -rf ~) \`x\` "q" \\ \n`;
    const echoed = execFileSync("sh", ["-c", `printf %s ${shellQuote(hostile)}`], { encoding: "utf8" });
    assert.equal(echoed, hostile);
  });
});
