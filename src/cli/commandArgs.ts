import { environmentLocale, languageOf, type Language } from "../core/messages/language";
import { UsageError } from "./cliIO";

export type OutputFormat = "text" | "json";

/** Which account a command talks to (`list`, `check`, `send`): see `accountCloud.ts`. */
export interface AccountArgs {
  /** `--profile NAME`: a profile key (`tccli:default`) or a name, looked up in the extension's precedence. */
  profile?: string;
  site: "china" | "intl";
  /** `--sandbox HOST:PORT`: a loopback sandbox, signed with `--secret-id` and TCACCEL_SANDBOX_SECRET_KEY. */
  sandbox?: string;
  secretId?: string;
}

export interface CommandArgs {
  files: string[];
  format: OutputFormat;
  lang: Language;
  account: AccountArgs;
  /** The boolean flags of `spec.flags` that were given (`--yes`, `--write-token`, `--children`). */
  flags: ReadonlySet<string>;
}

export interface CommandArgsSpec {
  /** The command names files (validate, tccli) and needs at least one; otherwise an operand is a usage error. */
  files: boolean;
  /** The command takes `--format text|json`. */
  format: boolean;
  /** The command takes the account options `--profile`, `--site`, `--sandbox`, `--secret-id`. */
  account?: boolean;
  /** The most files it takes (send and check take one). */
  maxFiles?: number;
  /** Boolean flags it takes, such as "--yes". */
  flags?: readonly string[];
}

/** A loopback host and port: the sandbox speaks plain HTTP, so its traffic must not leave the machine. */
export const LOOPBACK_HOST_PORT = /^(127\.0\.0\.1|localhost|\[::1\]):\d{1,5}$/;

const quoted = (v: string | undefined) => (v === undefined ? "nothing" : `"${v.length > 80 ? `${v.slice(0, 80)}…` : v}"`);

/**
 * The options the commands share, each as `--name value` or `--name=value`: `--format text|json` where the command
 * takes it, `--lang en|zh-cn` (default from LC_ALL, LC_MESSAGES, LANG), the account options where it takes them,
 * its boolean flags, then the files. `-` alone is a file name.
 */
export function parseCommandArgs(argv: readonly string[], env: NodeJS.ProcessEnv, spec: CommandArgsSpec): CommandArgs {
  const files: string[] = [];
  let format: OutputFormat = "text";
  let lang: Language = languageOf(environmentLocale(env));
  const account: AccountArgs = { site: "china" };
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (name === "--format" && spec.format) {
      const v = value();
      if (v !== "text" && v !== "json") throw new UsageError(`--format takes "text" or "json", not ${quoted(v)}.`);
      format = v;
    } else if (name === "--lang") {
      const v = value();
      if (v !== "en" && v !== "zh-cn") throw new UsageError(`--lang takes "en" or "zh-cn".`);
      lang = v;
    } else if (spec.account && (name === "--profile" || name === "--secret-id")) {
      const v = value();
      if (!v || v.startsWith("--")) throw new UsageError(`${name} takes a value.`);
      if (name === "--profile") account.profile = v;
      else account.secretId = v;
    } else if (spec.account && name === "--site") {
      const v = value();
      if (v !== "china" && v !== "intl") throw new UsageError(`--site takes "china" or "intl", not ${quoted(v)}.`);
      account.site = v;
    } else if (spec.account && name === "--sandbox") {
      const v = value();
      if (v === undefined || !LOOPBACK_HOST_PORT.test(v)) {
        throw new UsageError(`--sandbox takes a loopback HOST:PORT (127.0.0.1, localhost or [::1]), not ${quoted(v)}: the sandbox speaks plain HTTP.`);
      }
      account.sandbox = v;
    } else if (inline === undefined && spec.flags?.includes(arg)) {
      flags.add(arg);
    } else if (arg.startsWith("-") && arg !== "-") {
      throw new UsageError(`Unknown option ${arg.length > 80 ? `${arg.slice(0, 80)}…` : arg}.`);
    } else if (spec.files) {
      files.push(arg);
    } else {
      throw new UsageError(`Unknown argument ${arg.length > 80 ? `${arg.slice(0, 80)}…` : arg}.`);
    }
  }
  if (spec.files && files.length === 0) throw new UsageError("Name at least one request file.");
  if (spec.maxFiles !== undefined && files.length > spec.maxFiles) throw new UsageError(`Name one request file (got ${files.length}).`);
  if (account.sandbox && account.profile) throw new UsageError("--sandbox signs with the sandbox's own keys (--secret-id and TCACCEL_SANDBOX_SECRET_KEY), not a --profile.");
  if (account.secretId && !account.sandbox) throw new UsageError("--secret-id goes with --sandbox; for Tencent Cloud, choose a --profile.");
  return { files, format, lang, account, flags };
}
