import type { RequestParams } from "../core/actions/actionDefinition";
import { getAction } from "../core/actions/registry";
import { ApiError } from "../core/errors/apiError";
import type { Language } from "../core/messages/language";
import { followSent, sendChecked, type Sent } from "../core/preflight/sendChecked";
import { checkExitCode, type AccountCheck } from "./accountCheck";
import { checkJson, checkText, withAccountCheck } from "./checkCommand";
import type { CliIO } from "./cliIO";
import { cliError, printError, type CliError } from "./cliErrors";
import { EXIT } from "./exitCodes";
import { startProgress } from "./sendProgress";
import { derivedClientToken, FileChangedError, newClientToken, writeClientToken } from "./sendToken";
import { terminalText } from "./terminalText";

interface SendResult {
  file: string;
  action: string;
  sent?: Omit<Sent, "target"> & { target: string };
  status?: string;
  settled: boolean;
  error?: CliError;
}

const w = (lang: Language) => (en: string, zh: string) => (lang === "zh-cn" ? zh : en);

/** The ClientToken of a GAAP write: the file's own; else a new one written into the file (`--write-token`); else one derived from the request (creates) or a new one (changes). */
function tokenFor(c: AccountCheck, action: string, params: RequestParams, writeToken: boolean, lang: Language): { token: string; written: boolean } {
  const own = params.ClientToken;
  if (typeof own === "string" && own) return { token: own, written: false };
  const service = getAction(action)?.service;
  if (service !== "gaap") return { token: "", written: false };
  if (writeToken) {
    const token = newClientToken();
    writeClientToken(c.file, c.text, token, lang);
    return { token, written: true };
  }
  const route = getAction(action)?.send;
  const kind = route?.kind === "preflight" ? route.write?.kind : undefined;
  return { token: kind === "create" ? derivedClientToken(action, params) : newClientToken(), written: false };
}

/** What would be sent, for a write without --yes. */
function wouldSend(action: string, params: RequestParams, billable: boolean, lang: Language): string {
  const say = w(lang);
  return [
    billable ? say(`${action} is billable: it was not sent. Pass --yes to send it:`, `${action} 会产生费用：未发送。加上 --yes 才会发送：`) : say(`${action} changes the account: it was not sent. Pass --yes to send it:`, `${action} 会更改账号中的资源：未发送。加上 --yes 才会发送：`),
    JSON.stringify({ Action: action, ...params }, null, 2),
    "",
  ].join("\n");
}

/**
 * `tcaccel send FILE [account options] [--yes] [--write-token] [--format text|json]`: checks the file as
 * `tcaccel check` does and, when nothing blocks it, sends it once through the preflight's own safe send, then
 * follows the resource until it settles. A write needs --yes (without it: exit 2 and what would be sent).
 */
export function runSendCommand(argv: string[], io: CliIO): Promise<number> {
  return withAccountCheck(argv, io, ["--yes", "--write-token"], async (c, account, args) => {
    const lang = args.lang;
    const say = w(lang);
    const label = terminalText(account.label);
    const code = checkExitCode(c);
    const definition = c.action ? getAction(c.action) : undefined;
    const route = definition?.send;
    const report = () => io.stdout(args.format === "json" ? checkJson(c, label, lang) : checkText(c, label, lang));
    if (code !== EXIT.ok || !c.action || !c.params || !definition || !route) {
      report();
      if (code === EXIT.ok) return EXIT.findings;
      io.stderr(say("tcaccel: nothing was sent.\n", "tcaccel：未发送任何请求。\n"));
      return code;
    }
    if (route.kind === "direct") {
      // A read: sent at once, its answer printed as the API gave it.
      try {
        const answer = await route.send(c.params, account.cloud);
        io.stdout(JSON.stringify(answer, null, 2) + "\n");
        return EXIT.ok;
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        printError(cliError(e, lang), lang, io);
        return EXIT.api;
      }
    }
    if (!route.write) {
      // CheckProxyCreate: the check is its answer.
      report();
      return EXIT.ok;
    }
    if (!args.flags.has("--yes")) {
      report();
      io.stderr(wouldSend(c.action, c.params, definition.billable, lang));
      return EXIT.usage;
    }
    let token: { token: string; written: boolean };
    try {
      token = tokenFor(c, c.action, c.params, args.flags.has("--write-token"), lang);
    } catch (e) {
      if (!(e instanceof FileChangedError)) throw e;
      io.stderr(say(`tcaccel: ${c.file} changed after it was checked: nothing was written or sent. Run the command again.\n`, `tcaccel：${c.file} 在检查后被修改：未写入也未发送。请重新运行命令。\n`));
      return EXIT.usage;
    }
    if (token.written) io.stderr(say(`ClientToken ${token.token} written into ${c.file}.\n`, `已将 ClientToken ${token.token} 写入 ${c.file}。\n`));
    const result: SendResult = { file: c.file, action: c.action, settled: false };
    let sent: Sent;
    try {
      sent = await sendChecked(c.action, c.params, account.cloud, token.token);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      result.error = cliError(e, lang);
      if (args.format === "json") io.stdout(JSON.stringify(result, null, 2) + "\n");
      printError(result.error, lang, io);
      if (e.ambiguous && token.token) io.stderr(say(`  The request may have taken effect. Sending the same file again uses ClientToken ${token.token} again, so it cannot act twice.\n`, `  请求可能已生效。再次发送同一文件会再次使用 ClientToken ${token.token}，不会重复执行。\n`));
      return EXIT.api;
    }
    result.sent = sent;
    const lines = [
      say(`Sent ${c.action}: ${sent.id}`, `已发送 ${c.action}：${sent.id}`),
      ...(sent.zoneId ? [`  ZoneId: ${sent.zoneId}`] : []),
      `  RequestId: ${sent.requestId || say("(none: the outcome was found by looking it up)", "（无：结果是查询得到的）")}`,
      ...(sent.clientToken ? [`  ClientToken: ${sent.clientToken}`] : []),
    ];
    if (args.format === "text") io.stdout(lines.map(terminalText).join("\n") + "\n");
    const progress = startProgress(io, say(`Waiting for ${sent.id} to be ${sent.target}…`, `等待 ${sent.id} 变为 ${sent.target}…`));
    try {
      result.status = await followSent(sent, account.cloud);
      result.settled = result.status === sent.target;
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      result.error = cliError(e, lang);
    } finally {
      progress.stop();
    }
    if (args.format === "json") io.stdout(JSON.stringify(result, null, 2) + "\n");
    else io.stdout(terminalText(result.settled ? say(`${sent.id} is ${result.status}.`, `${sent.id} 已是 ${result.status}。`) : say(`${sent.id} is not ${sent.target} yet (${result.status ?? "unknown"}).`, `${sent.id} 尚未变为 ${sent.target}（${result.status ?? "未知"}）。`)) + "\n");
    if (result.error) {
      // The send succeeded; only the wait did not.
      printError(result.error, lang, io);
      return EXIT.api;
    }
    return result.settled ? EXIT.ok : EXIT.api;
  });
}
