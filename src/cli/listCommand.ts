import type { Language } from "../core/messages/language";
import { cloudDirectory } from "../core/model/cloudDirectory";
import { accountCloud } from "./accountCloud";
import type { CliIO } from "./cliIO";
import { cliError, printError, reportFailure, type CliError } from "./cliErrors";
import { parseCommandArgs } from "./commandArgs";
import { EXIT } from "./exitCodes";
import { listTree, type ListEntry } from "./listTree";
import { terminalText } from "./terminalText";

/** The whole listing's bound; each request has the client's own timeout and retries within it. */
const LIST_DEADLINE_MS = 5 * 60_000;

/** The tree as indented lines: `name  id  status  detail`, children two spaces in. Iterative. */
function textLines(entries: readonly ListEntry[], lang: Language): string {
  const zh = lang === "zh-cn";
  const out: string[] = [];
  const stack = [...entries].reverse().map((entry) => ({ entry, depth: 0 }));
  while (stack.length) {
    const { entry, depth } = stack.pop()!;
    const isSection = entry.kind === "gaap" || entry.kind === "edgeOne";
    const line = isSection ? entry.name : [entry.name || (zh ? "（未命名）" : "(unnamed)"), entry.id, entry.status, entry.detail].filter(Boolean).join("  ");
    out.push(`${"  ".repeat(depth)}${terminalText(line)}`);
    const kids = entry.children ?? [];
    if (entry.failed) out.push(`${"  ".repeat(depth + 1)}${terminalText(zh ? `（未能列出：${entry.failed}）` : `(could not be listed: ${entry.failed})`)}`);
    else if (kids.length === 0 && (isSection || entry.kind === "group" || entry.kind === "zone")) out.push(`${"  ".repeat(depth + 1)}${zh ? "（无）" : "(none)"}`);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ entry: kids[i]!, depth: depth + 1 });
  }
  return out.join("\n") + "\n";
}

/**
 * `tcaccel list [account options] [--children] [--format text|json]`: the account's GAAP groups and proxies and
 * EdgeOne zones and L4 proxies, as the Proxies view shows them. A listing that fails is explained on stderr (and in
 * the JSON's `errors`) and makes the exit code 3; what did list is still printed.
 */
export async function runListCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseCommandArgs(argv, io.env, { files: false, format: true, account: true, flags: ["--children"] });
  let account;
  try {
    account = await accountCloud(args.account, io, args.lang);
  } catch (e) {
    return reportFailure(e, args.lang, io);
  }
  try {
    const listed = await listTree(cloudDirectory(account.cloud), { lang: args.lang, deep: args.flags.has("--children"), deadlineMs: LIST_DEADLINE_MS });
    const errors: (CliError & { under: string })[] = listed.failures.map((f) => ({ under: f.under, ...cliError(f.error, args.lang) }));
    if (!listed.complete) errors.push({ under: "", code: "ClientError.Timeout", what: args.lang === "zh-cn" ? "列表未在时限内完成。" : "The listing did not complete in time.", todo: "" });
    if (args.format === "json") io.stdout(JSON.stringify({ account: account.label, tree: listed.entries, errors }, null, 2) + "\n");
    else io.stdout(textLines(listed.entries, args.lang));
    for (const e of errors) printError(e, args.lang, io);
    return errors.length ? EXIT.api : EXIT.ok;
  } finally {
    account.cloud.close();
  }
}
