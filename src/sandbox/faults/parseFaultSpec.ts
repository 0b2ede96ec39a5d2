import { isFaultKind, type FaultKind, type FaultOptions, type FaultRule } from "./faultPlan";

/** The `--faults SPEC` syntax, as `tcaccel sandbox --help` prints it. */
export const FAULT_SPEC_HELP = [
  "SPEC: comma-separated items:",
  "  ACTION:FAULT[:PROBABILITY]   e.g. CreateProxy:reset-after:0.3 (probability defaults to 1)",
  "  ACTION:script:F1/F2/...      e.g. OpenProxies:script:ok/InternalError (the n-th call gets Fn)",
  "  seed=N  slow=MS              draw seed (default 1), delay of slow replies (default 3000 ms)",
  "  ACTION: an action name or *; FAULT: reset-before, reset-after, http500..http599, InternalError,",
  "  RequestLimitExceeded, slow",
].join("\n");

function fault(text: string, item: string): FaultKind {
  if (!isFaultKind(text)) throw new Error(`unknown fault "${text}" in "${item}"`);
  return text;
}

function parseItem(item: string, options: FaultOptions): void {
  const setting = /^(seed|slow)=(\d+)$/.exec(item);
  if (setting) {
    if (setting[1] === "seed") options.seed = Number(setting[2]);
    else options.slowMs = Number(setting[2]);
    return;
  }
  const [action, kind, extra, ...rest] = item.split(":");
  if (!action || !kind || rest.length > 0 || !/^(\*|[A-Z][A-Za-z0-9]*)$/.test(action)) {
    throw new Error(`cannot read fault "${item}": expected ACTION:FAULT[:PROBABILITY] or ACTION:script:F1/F2/...`);
  }
  let rule: FaultRule;
  if (kind === "script") {
    if (!extra) throw new Error(`the script in "${item}" is empty`);
    rule = { action, script: extra.split("/").map((f) => (f === "ok" ? "ok" : fault(f, item))) };
  } else {
    const probability = extra === undefined ? 1 : Number(extra);
    if (extra !== undefined && !/^(0(\.\d+)?|1(\.0+)?|\.\d+)$/.test(extra)) throw new Error(`the probability in "${item}" must be a number from 0 to 1`);
    rule = { action, fault: fault(kind, item), probability };
  }
  options.rules.push(rule);
}

/** Reads a SPEC; throws an Error whose message says what is wrong. */
export function parseFaultSpec(spec: string): FaultOptions {
  const options: FaultOptions = { rules: [] };
  for (const item of spec.split(",").map((s) => s.trim()).filter(Boolean)) parseItem(item, options);
  return options;
}
