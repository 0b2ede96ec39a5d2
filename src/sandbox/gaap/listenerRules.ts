import { ApiError } from "../apiError";
import { reason } from "../errorMessages";

// The cross-field rules of the listener requests that a schema cannot say, answered as the API does: on the
// parameter, with InvalidParameterValue (gaap_models.d.ts field comments; traffic-api.md §1 conflicts table).

interface HealthFields {
  Scheduler?: string | undefined;
  RealServerType?: string | undefined;
  DelayLoop?: number | undefined;
  ConnectTimeout?: number | undefined;
  FailoverSwitch?: number | undefined;
  HealthCheck?: number | undefined;
  CheckType?: string | undefined;
}

const invalid = (name: string, en: string, zh: string) => new ApiError("InvalidParameterValue", { name, ...reason(en, zh) });

/** The rules on a listener's settings once a request's values are merged over the listener's own. */
export function checkListenerSettings(fields: HealthFields, protocol: "TCP" | "UDP"): void {
  if (fields.RealServerType === "DOMAIN" && (fields.Scheduler === "wrr" || fields.Scheduler === "lrtt")) {
    throw invalid("Scheduler", "DOMAIN origin servers do not support wrr or lrtt", "源站类型为 DOMAIN 时不支持 wrr 和 lrtt");
  }
  if (fields.RealServerType === "DOMAIN" && fields.FailoverSwitch === 1) {
    throw invalid("FailoverSwitch", "primary/secondary origins are not supported with DOMAIN origin servers", "源站类型为 DOMAIN 时不支持主备模式");
  }
  if (fields.DelayLoop !== undefined && fields.ConnectTimeout !== undefined && fields.ConnectTimeout >= fields.DelayLoop) {
    throw invalid("ConnectTimeout", `it must be less than DelayLoop (${fields.DelayLoop})`, `必须小于 DelayLoop（${fields.DelayLoop}）`);
  }
  if (protocol === "UDP" && fields.HealthCheck === 1 && fields.CheckType === undefined) {
    throw new ApiError("MissingParameter", { name: "CheckType" });
  }
}
