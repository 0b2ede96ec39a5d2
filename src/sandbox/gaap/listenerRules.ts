import { LISTENER_RULE_ERRORS } from "../../core/actions/listenerRules";
import { ApiError } from "../apiError";
import { reason } from "../errorMessages";

// The offline rules again, on a listener's settings once a request's values are merged over the listener's own (a
// Modify that sets only DelayLoop is checked against the live ConnectTimeout). The answer is the one the core's rule
// names (LISTENER_RULE_ERRORS), so the sandbox words a refusal the same way whether the file or the state broke it.

interface Settings {
  Scheduler?: string | undefined;
  RealServerType?: string | undefined;
  DelayLoop?: number | undefined;
  ConnectTimeout?: number | undefined;
  FailoverSwitch?: number | undefined;
  HealthCheck?: number | undefined;
  CheckType?: string | undefined;
}

/** The API error of a listener rule code, as the core's table names it. */
export function ruleError(code: string): ApiError {
  const rule = LISTENER_RULE_ERRORS[code];
  if (!rule) return new ApiError("InvalidParameter", reason(`the request breaks rule ${code}`, `请求违反规则 ${code}`));
  return new ApiError(rule.code, { ...(rule.name !== undefined ? { name: rule.name } : {}), ...(rule.reason ? reason(rule.reason.en, rule.reason.zh) : {}) });
}

export function checkListenerSettings(fields: Settings, protocol: "TCP" | "UDP"): void {
  const domain = fields.RealServerType === "DOMAIN";
  if (domain && (fields.Scheduler === "wrr" || fields.Scheduler === "lrtt")) throw ruleError("listener-domain-scheduler");
  if (domain && fields.FailoverSwitch === 1) throw ruleError("listener-failover-domain");
  if (fields.DelayLoop !== undefined && fields.ConnectTimeout !== undefined && fields.ConnectTimeout >= fields.DelayLoop) {
    throw ruleError("listener-connect-timeout-not-below-delay-loop");
  }
  if (protocol === "UDP" && fields.HealthCheck === 1 && fields.CheckType === undefined) throw ruleError("listener-udp-check-type-required");
}
