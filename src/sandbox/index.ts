// The sandbox bundle (dist/sandbox.js): loaded only in sandbox mode and by `tcaccel sandbox`, never at activation.
export { startSandbox, type Sandbox } from "./startSandbox";
export type { SandboxOptions, LatencyOption } from "./sandboxOptions";
export type { BodyLimits } from "./http/bodyBudget";
export type { TransitionDelays } from "./sandboxAction";
export type { SandboxStats, ActionStats, ClientTokenStats } from "./requestStats";
export type { FaultOptions, FaultRule, FaultKind, ProbabilityFault, ScriptedFaults } from "./faults/faultPlan";
export { parseFaultSpec } from "./faults/parseFaultSpec";
export type { SeedOption } from "./seeds/seedState";
export type { ScaleSeed } from "./seeds/scaleSeed";
export { HOSTILE_STRINGS } from "./seeds/hostileSeed";
export type { SandboxState, ProxyRecord, GroupRecord, ZoneRecord, L4Record, ProxyStatus, L4Status } from "./state/sandboxState";
export type { L4RuleState, L4RuleRecord, L4RuleStatus, OriginGroupRecord } from "./state/l4RuleState";
export type { Language } from "./errorMessages";
export { createManualClock, type Clock, type ManualClock } from "./clock";
export { runSandboxCommand, type SandboxCommandIo } from "./sandboxCommand";
export { SANDBOX_ACTIONS } from "./actionTable";
