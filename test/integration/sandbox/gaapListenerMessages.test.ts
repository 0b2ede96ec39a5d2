import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { LISTENER_MESSAGES } from "../../../src/sandbox/gaap/listenerMessages";
import { expectApiError, gaapClient, proxyNamed, withSandbox } from "./sandboxHarness";

describe("listener refusals in both languages", () => {
  it("every listener code has an English and a Chinese message, filled, whether the file or the state broke the rule", () =>
    withSandbox({}, async ({ sandbox }) => {
      const web = proxyNamed(sandbox, "web-sh").ProxyId;
      const closed = proxyNamed(sandbox, "game-sgp").ProxyId;
      const create = (ProxyId: string, Ports: number[]) => ({ ProxyId, ListenerName: "m", Ports, Scheduler: "rr", HealthCheck: 0, RealServerType: "IP" });
      const seen = new Set<string>();
      for (const language of ["en-US", "zh-CN"] as const) {
        const gaap = gaapClient(sandbox, { language });
        const cases: [Promise<unknown>, string][] = [
          [gaap.CreateTCPListeners(create(web, [80])), "InvalidParameterValue.DuplicatedListenerPort"],
          [gaap.CreateTCPListeners(create(web, [90, 90])), "InvalidParameterValue.DuplicatedListenerPort"],
          [gaap.CreateTCPListeners(create(closed, [90])), "FailedOperation.ProxyStatusNotInRuning"],
          [gaap.CreateTCPListeners(create(web, Array.from({ length: 21 }, (_, i) => 100 + i))), "FailedOperation.OperateLimitNumofListener"],
          [gaap.AddRealServers({ ProjectId: 0, RealServerIP: ["203.0.113.11"], RealServerName: "d" }), "InvalidParameterValue.DuplicateRS"],
          [gaap.AddRealServers({ ProjectId: 0, RealServerIP: ["203.0.113.77", "203.0.113.77"], RealServerName: "d" }), "InvalidParameterValue.DuplicateRS"],
        ];
        for (const [call, code] of cases) {
          const error = await expectApiError(call, code);
          seen.add(code);
          assert.doesNotMatch(error.message, /[{}]/, `${language} ${code}: ${error.message}`);
          if (language === "zh-CN") assert.match(error.message, /[\u4e00-\u9fff]/, error.message);
        }
      }
      assert.ok(seen.size >= 4);
      for (const [code, template] of Object.entries(LISTENER_MESSAGES)) {
        assert.ok(template.en && /[\u4e00-\u9fff]/.test(template.zh), code);
      }
    }));
});
