import * as vscode from "vscode";
import { ApiError } from "../../core/errors/apiError";
import { explainApiError, hasExplanation } from "../../core/errors/explainError";
import { formatFinding } from "../../core/messages/formatFinding";
import type { Language } from "../../core/messages/language";
import type { Part } from "../../core/preflight/part";
import type { Blocker, PriceQuote } from "../../core/preflight/preflightReport";
import type { Finding } from "../../core/validation/finding";
import type { ErrorView, Item, Row, Section } from "../../shared/preflightProtocol";
import { describeError } from "../errors/describeError";

/**
 * The server's message adds to the catalogue's words only where those are general: a bare family code
 * (`InvalidParameterValue` says which parameter only in its message) or a code the catalogue does not know.
 */
const FAMILY_ONLY = /^(FailedOperation|InvalidParameter|InvalidParameterValue|MissingParameter|ResourceUnavailable|ResourceNotFound|UnauthorizedOperation|OperationDenied|LimitExceeded|UnsupportedOperation)$/;
const serverMessageHelps = (code: string): boolean => FAMILY_ONLY.test(code) || (!code.startsWith("ClientError.") && !hasExplanation(code));

/** An error for the panel: what happened and what to do in the user's language, the code, the RequestId. */
export function errorView(e: unknown, lang: Language): ErrorView {
  if (!(e instanceof ApiError)) {
    // Credential problems and "no account" come worded already; anything else is explained as well as it can be.
    const described = describeError(e);
    return { code: described.code ?? "", what: described.what, todo: described.todo ?? "", requestId: described.requestId ?? "" };
  }
  const { what, todo } = explainApiError(e, lang);
  return {
    code: e.code,
    what,
    todo,
    requestId: e.requestId,
    ...(serverMessageHelps(e.code) && e.message ? { message: e.message } : {}),
    ...(e.path ? { path: e.path } : {}),
  };
}

/** Why the send button is disabled, in words. */
export function blockerText(b: Blocker, lang: Language): string {
  switch (b.code) {
    case "file-errors":
      return vscode.l10n.t("The request file has {0} error(s): fix them first.", b.params.count ?? 0);
    case "check-refused":
      return vscode.l10n.t("CheckProxyCreate answered CheckFlag {0}: this proxy cannot be created now.", b.params.flag ?? 0);
    case "check-failed":
      return vscode.l10n.t("A check could not be completed ({0}).", b.params.code ?? "");
    case "incomplete-request":
      return vscode.l10n.t("The request lacks the regions or sizes to check.");
    default:
      return formatFinding({ code: b.code, params: b.params }, lang);
  }
}

const plain = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(2));
export const money = (amount: number | undefined, currency: string): string => (amount === undefined ? "—" : `${amount.toFixed(2)} ${currency}`);
export const mbps = (n: number | undefined): string => (n === undefined ? "—" : vscode.l10n.t("{0} Mbps", n));
export const connections = (n: number | undefined): string => (n === undefined ? "—" : vscode.l10n.t("{0} × 10,000 connections", n));

/** A price quote as rows: daily price (with discount when it differs), unit prices, and what goes with them. */
export function priceRows(q: PriceQuote): Row[] {
  const rows: Row[] = [{ label: vscode.l10n.t("Daily price"), value: money(q.daily, q.currency) }];
  if (q.dailyDiscounted !== undefined && q.dailyDiscounted !== q.daily) rows.push({ label: vscode.l10n.t("Daily price after discount"), value: money(q.dailyDiscounted, q.currency), tone: "good" });
  for (const g of q.bandwidthUnitPrices) {
    rows.push({ label: vscode.l10n.t("Bandwidth {0}–{1} Mbps", g.from, g.to), value: vscode.l10n.t("{0} {1} per Mbps per day", plain(g.discounted ?? g.price), q.currency) });
  }
  if (q.flowUnitPrice !== undefined) rows.push({ label: vscode.l10n.t("Traffic"), value: vscode.l10n.t("{0} {1} per GB", plain(q.flowUnitPriceDiscounted ?? q.flowUnitPrice), q.currency) });
  if (q.cn2BandwidthPrice) rows.push({ label: vscode.l10n.t("Premium BGP (cn2) bandwidth"), value: vscode.l10n.t("{0} {1} per Mbps per day", plain(q.cn2BandwidthPriceDiscounted ?? q.cn2BandwidthPrice), q.currency) });
  rows.push({ label: vscode.l10n.t("Currency"), value: q.currency }, { label: "RequestId", value: q.requestId, mono: true, tone: "muted" });
  return rows;
}

/** A section whose look-up failed: the error explained in place of the content. */
export function failedSection(id: string, title: string, e: unknown, lang: Language): Section {
  return { id, title, status: "error", summary: vscode.l10n.t("Could not be checked."), error: errorView(e, lang) };
}

/** The same section, filled by `fill` when the part is there, explained when it failed. */
export function partSection<T>(id: string, title: string, part: Part<T> | undefined, lang: Language, fill: (value: T) => Omit<Section, "id" | "title">): Section | undefined {
  if (!part) return undefined;
  return part.ok ? { id, title, ...fill(part.value) } : failedSection(id, title, part.error, lang);
}

/** Every diagnostic of the file, as the Problems panel shows them. */
export function diagnosticsSection(findings: readonly Finding[], lang: Language): Section {
  const items: Item[] = findings.map((f) => ({ severity: f.severity, text: `${f.path || "/"}: ${formatFinding(f, lang)}`, path: f.path }));
  const errors = findings.filter((f) => f.severity === "error").length;
  return {
    id: "diagnostics",
    title: vscode.l10n.t("Problems in the request file"),
    status: errors ? "error" : findings.length ? "warning" : "ok",
    summary: findings.length ? vscode.l10n.t("{0} error(s), {1} other(s).", errors, findings.length - errors) : vscode.l10n.t("No problems in the file."),
    items,
  };
}
