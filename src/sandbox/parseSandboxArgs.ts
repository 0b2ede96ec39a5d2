import type { Language } from "./errorMessages";
import type { FaultOptions } from "./faults/faultPlan";
import { FAULT_SPEC_HELP, parseFaultSpec } from "./faults/parseFaultSpec";
import type { LatencyOption, SandboxOptions } from "./sandboxOptions";
import { scaleOverLimits } from "./seeds/scaleSeed";
import { parseSeed, scaleOf } from "./seeds/seedState";

export const SANDBOX_USAGE = [
  "Usage: tcaccel sandbox [options]",
  "",
  "Runs a local GAAP (2018-05-29) + EdgeOne (2022-09-01) emulator on 127.0.0.1 and prints the endpoint and the",
  "credential pair it accepts. Ctrl-C or SIGTERM stops it.",
  "",
  "  --port N                      port (0, the default, picks a free one)",
  "  --secret-id ID --secret-key KEY   the credential pair to accept (default: generated)",
  "  --state FILE                  load the account from FILE when it exists, save every change to it",
  "  --seed demo|empty|scale:N[:M[:K]]  initial account (default demo); scale: N proxies, M zones, K L4 per zone",
  "                                (up to 100000 proxies, 10000 zones, 10000 L4 per zone, 100000 L4 in all)",
  "  --hostile                     add records with script-like names (for UI tests)",
  "  --latency MS | MIN-MAX        added to every reply, fixed or jittered",
  "  --delay MS                    duration of state transitions (default 3000)",
  "  --rate-limit N                requests per second per action (default 20, 0 for none)",
  "  --faults SPEC                 inject faults (below)",
  "  --language zh-CN|en-US        message language when a request names none (default zh-CN)",
  "  --json                        print the endpoint and credentials as one JSON line",
  "",
  FAULT_SPEC_HELP,
].join("\n");

export interface SandboxArgs {
  help: boolean;
  json: boolean;
  options: SandboxOptions;
}

/** A command-line mistake: the command prints it with the usage and exits 2. */
export class UsageError extends Error {}

function integer(flag: string, text: string, min: number, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) throw new UsageError(`${flag} needs a whole number from ${min} to ${max}, not "${text}"`);
  return Number(text);
}

function latency(text: string): LatencyOption {
  const range = /^(\d+)-(\d+)$/.exec(text);
  if (range) {
    const [min, max] = [Number(range[1]), Number(range[2])];
    if (min > max) throw new UsageError(`--latency ${text}: the minimum is above the maximum`);
    return { min, max };
  }
  return integer("--latency", text, 0, 600_000);
}

function faults(text: string): FaultOptions {
  try {
    return parseFaultSpec(text);
  } catch (e) {
    throw new UsageError(`--faults: ${(e as Error).message}`);
  }
}

// A Map: the flag names are whatever the command line holds ("constructor" is no flag).
const VALUE_FLAGS = new Map<string, (options: SandboxOptions, value: string) => void>([
  ["--port", (o, v) => (o.port = integer("--port", v, 0, 65535))],
  ["--secret-id", (o, v) => (o.secretId = v)],
  ["--secret-key", (o, v) => (o.secretKey = v)],
  ["--state", (o, v) => (o.stateFile = v)],
  [
    "--seed",
    (o, v) => {
      const seed = parseSeed(v);
      if (!seed) throw new UsageError(`--seed must be demo, empty or scale:N[:M[:K]], not "${v}"`);
      const over = typeof seed === "object" ? scaleOverLimits(scaleOf(seed.scale)) : undefined;
      if (over) throw new UsageError(`--seed ${v}: the scale seed takes ${over}`);
      o.seed = seed;
    },
  ],
  ["--latency", (o, v) => (o.latency = latency(v))],
  ["--delay", (o, v) => (o.delays = integer("--delay", v, 0, 3_600_000))],
  ["--rate-limit", (o, v) => (o.rateLimit = integer("--rate-limit", v, 0, 1_000_000))],
  ["--faults", (o, v) => (o.faults = faults(v))],
  [
    "--language",
    (o, v) => {
      if (v !== "zh-CN" && v !== "en-US") throw new UsageError(`--language must be zh-CN or en-US, not "${v}"`);
      o.language = v as Language;
    },
  ],
]);

/** Reads `tcaccel sandbox` arguments (those after the word `sandbox`); `--flag value` and `--flag=value` both work. */
export function parseSandboxArgs(argv: readonly string[]): SandboxArgs {
  const result: SandboxArgs = { help: false, json: false, options: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (flag === "--help" || flag === "-h") result.help = true;
    else if (flag === "--json") result.json = true;
    else if (flag === "--hostile") result.options.hostile = true;
    else if (VALUE_FLAGS.has(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith("--"))) throw new UsageError(`${flag} needs a value`);
      VALUE_FLAGS.get(flag)!(result.options, value);
    } else throw new UsageError(`unknown option "${arg}"`);
  }
  const { secretId, secretKey } = result.options;
  if ((secretId === undefined) !== (secretKey === undefined)) throw new UsageError("--secret-id and --secret-key go together");
  if (secretId === "" || secretKey === "") throw new UsageError("--secret-id and --secret-key cannot be empty");
  return result;
}
