import type { Language } from "../core/messages/language";
import { accountCheck, checkExitCode, type AccountCheck } from "./accountCheck";
import { accountCloud, type AccountCloud } from "./accountCloud";
import { UsageError, type CliIO } from "./cliIO";
import { ApiError } from "../core/errors/apiError";
import { cliError, reportFailure } from "./cliErrors";
import { parseCommandArgs } from "./commandArgs";
import { EXIT } from "./exitCodes";
import { UnreadableFileError } from "./readRequestFile";
import { terminalText } from "./terminalText";
import { findingLine } from "./validateCommand";

const MARK = { ok: "✓", error: "✗", warning: "!", info: "i" } as const;

/** The check as text: the findings, each section of the preflight, then the verdict. */
export function checkText(c: AccountCheck, account: string, lang: Language): string {
  const zh = lang === "zh-cn";
  const out: string[] = [terminalText(`${c.file}: ${c.action ?? "?"} (${account})`)];
  for (const f of c.findings) out.push(terminalText(findingLine(f).trimEnd()));
  for (const s of c.sections) {
    out.push(`${MARK[s.state]} ${terminalText(s.title)}`);
    for (const l of s.lines) out.push(`    ${terminalText(l)}`);
  }
  for (const f of c.unsectioned) out.push(terminalText(`✗ ${f.code}: ${f.what}${f.todo ? ` ${f.todo}` : ""}${f.requestId ? ` (RequestId ${f.requestId})` : ""}`));
  if (c.blockers.length) {
    out.push(zh ? "不能发送：" : "The send is blocked:");
    for (const b of c.blockers) out.push(`  - ${terminalText(b.text)}`);
  } else if (!c.failures.length) {
    out.push(zh ? "没有阻止发送的问题。" : "Nothing blocks the send.");
  }
  return out.join("\n") + "\n";
}

/** The check as JSON: the findings, the preflight as data (errors explained), the worded sections and blockers. */
export function checkJson(c: AccountCheck, account: string, lang: Language): string {
  const value = {
    file: c.file,
    account,
    action: c.action ?? null,
    findings: c.findings,
    preflight: c.report ?? null,
    sections: c.sections,
    blockers: c.blockers,
    failures: c.failures,
    sendable: checkExitCode(c) === EXIT.ok,
  };
  // A failed part of the report holds the ApiError: shown as the CLI explains errors, not as the object.
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof ApiError ? cliError(v, lang) : v), 2) + "\n";
}

/** Opens the account of the options and checks one file with it; usage and credential problems end here. */
export async function withAccountCheck(argv: string[], io: CliIO, flags: readonly string[], then: (c: AccountCheck, account: AccountCloud, args: ReturnType<typeof parseCommandArgs>) => Promise<number>): Promise<number> {
  const args = parseCommandArgs(argv, io.env, { files: true, maxFiles: 1, format: true, account: true, flags });
  const file = args.files[0]!;
  let account: AccountCloud;
  try {
    account = await accountCloud(args.account, io, args.lang);
  } catch (e) {
    return reportFailure(e, args.lang, io);
  }
  try {
    const checked = await accountCheck(file, account.cloud, args.lang);
    return await then(checked, account, args);
  } catch (e) {
    if (e instanceof UnreadableFileError) throw new UsageError(args.lang === "zh-cn" ? `无法读取 ${e.file}：${e.reason}。` : `Cannot read ${e.file}: ${e.reason}.`, false);
    return reportFailure(e, args.lang, io);
  } finally {
    account.cloud.close();
  }
}

/**
 * `tcaccel check FILE [account options] [--format text|json]`: the offline rules, the live checks and the
 * preflight, as the editor's panel shows them. Reads only. Exit 0 when nothing blocks the send, 1 when something
 * does, 2 on usage errors, 3 when a look-up failed.
 */
export function runCheckCommand(argv: string[], io: CliIO): Promise<number> {
  return withAccountCheck(argv, io, [], async (c, account, args) => {
    const label = terminalText(account.label);
    io.stdout(args.format === "json" ? checkJson(c, label, args.lang) : checkText(c, label, args.lang));
    return checkExitCode(c);
  });
}
