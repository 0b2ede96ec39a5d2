import * as vscode from "vscode";
import { formatFinding } from "../../core/messages/formatFinding";
import type { Language } from "../../core/messages/language";
import type { Finding, Severity } from "../../core/validation/finding";

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export const DIAGNOSTIC_SOURCE = "tcaccel";

/** A core finding as a VS Code diagnostic: same range, code and severity as `tcaccel validate` gives. */
export function toDiagnostic(finding: Finding, lang: Language, liveLabel: string): vscode.Diagnostic {
  const { start, end } = finding.range;
  const range = new vscode.Range(start.line, start.character, end.line, end.character);
  const message = formatFinding(finding, lang);
  const d = new vscode.Diagnostic(range, finding.live ? `${message} (${liveLabel})` : message, SEVERITY[finding.severity]);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = finding.code;
  if (finding.code === "deprecated-parameter") d.tags = [vscode.DiagnosticTag.Deprecated];
  if (finding.code === "ignored-with-group") d.tags = [vscode.DiagnosticTag.Unnecessary];
  return d;
}
