import * as vscode from "vscode";
import { applySeverityConfig } from "../../core/config/severityConfig";
import type { Finding, PathFinding } from "../../core/validation/finding";
import { placeFindings } from "../../core/validation/placeFindings";
import { validateDocument, type DocumentValidation } from "../../core/validation/validateDocument";
import { uiLanguage } from "../uiLanguage";
import { isRequestDocument } from "./isRequestDocument";
import type { SeverityConfigs } from "./severityConfigs";
import { DIAGNOSTIC_SOURCE, toDiagnostic } from "./toDiagnostic";

// VS Code's JSON support already reports these, as errors and warnings like the CLI: reporting them again would
// show each twice.
const OWNED_BY_JSON_SUPPORT = new Set(["json-syntax", "duplicate-parameter"]);

/** Live checks against the account: findings on paths, placed by the caller. Empty when offline. */
export type LiveChecker = (doc: vscode.TextDocument, validation: DocumentValidation, token: vscode.CancellationToken) => Promise<Finding[]>;

export interface RequestState {
  version: number;
  validation: DocumentValidation;
  /** Every finding shown for the document, offline and live, with the project's severities. */
  findings: Finding[];
}

/** Validates request files as they change and publishes the findings as diagnostics. */
export class RequestDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection("tcaccel");
  private readonly states = new Map<string, RequestState>();
  private readonly pendingLive = new Map<string, { timer: NodeJS.Timeout; cts: vscode.CancellationTokenSource }>();
  private readonly disposables: vscode.Disposable[] = [this.collection];
  private liveChecker: LiveChecker | undefined;
  /** The API's refusal of a send, on the parameter it concerns, for the document version that was sent. */
  private readonly serverProblems = new Map<string, { version: number; diagnostic: vscode.Diagnostic }>();

  constructor(private readonly configs: SeverityConfigs) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.update(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.update(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      configs.onDidChange(() => this.updateAll()),
    );
    this.updateAll();
  }

  setLiveChecker(checker: LiveChecker | undefined): void {
    this.liveChecker = checker;
    this.updateAll();
  }

  state(uri: vscode.Uri): RequestState | undefined {
    return this.states.get(uri.toString());
  }

  /**
   * The offline validation of the document as it is now: the one made when it last changed, or a new one when the
   * document is not tracked (not a request file by name) or has changed since. Completion asks on every keystroke.
   */
  validationOf(doc: vscode.TextDocument): DocumentValidation {
    const state = this.states.get(doc.uri.toString());
    return state && state.version === doc.version ? state.validation : validateDocument(doc.getText());
  }

  /** Validates now (no debounce) and waits for the live checks: for Check and Send. */
  async validateNow(doc: vscode.TextDocument, token?: vscode.CancellationToken): Promise<RequestState> {
    this.update(doc, false);
    await this.runLive(doc, token ?? new vscode.CancellationTokenSource().token);
    return this.states.get(doc.uri.toString())!;
  }

  /**
   * Shows an error the API answered about one parameter (ApiError.path) on that parameter, until the file changes:
   * the explanation is the caller's, in the user's language.
   */
  showServerProblem(doc: vscode.TextDocument, problem: { path: string; code: string; message: string }): void {
    const [placed] = placeFindings(doc.getText(), [{ path: problem.path, severity: "error", code: problem.code, params: {}, target: "value" }]);
    if (!placed) return;
    const { start, end } = placed.range;
    const diagnostic = new vscode.Diagnostic(new vscode.Range(start.line, start.character, end.line, end.character), problem.message, vscode.DiagnosticSeverity.Error);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = problem.code;
    const key = doc.uri.toString();
    this.serverProblems.set(key, { version: doc.version, diagnostic });
    this.publish(doc.uri, this.states.get(key)?.findings ?? []);
  }

  updateAll(): void {
    for (const doc of vscode.workspace.textDocuments) this.update(doc);
  }

  private update(doc: vscode.TextDocument, scheduleLive = true): void {
    if (!isRequestDocument(doc)) return;
    const validation = validateDocument(doc.getText());
    const config = this.configs.forDocument(doc);
    const findings = applySeverityConfig(
      validation.findings.filter((f) => !OWNED_BY_JSON_SUPPORT.has(f.code)),
      config?.config ?? { rules: {} },
    );
    this.states.set(doc.uri.toString(), { version: doc.version, validation, findings });
    this.publish(doc.uri, findings);
    this.publishConfigProblems(config);
    if (scheduleLive) this.scheduleLive(doc);
  }

  private scheduleLive(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const pending = this.pendingLive.get(key);
    if (pending) {
      clearTimeout(pending.timer);
      pending.cts.cancel();
    }
    if (!this.liveChecker) return;
    const cts = new vscode.CancellationTokenSource();
    const timer = setTimeout(() => void this.runLive(doc, cts.token), 400);
    this.pendingLive.set(key, { timer, cts });
  }

  private async runLive(doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<void> {
    const key = doc.uri.toString();
    const state = this.states.get(key);
    if (!this.liveChecker || !state || state.validation.findings.some((f) => f.code === "json-syntax")) return;
    let live: Finding[];
    try {
      live = await this.liveChecker(doc, state.validation, token);
    } catch {
      live = []; // offline or failing: live findings vanish instead of turning into false errors
    }
    const now = this.states.get(key);
    if (token.isCancellationRequested || !now || now.version !== state.version) return;
    const tuned = applySeverityConfig(live, this.configs.forDocument(doc)?.config ?? { rules: {} });
    const findings = [...now.findings.filter((f) => !f.live), ...tuned];
    this.states.set(key, { ...now, findings });
    this.publish(doc.uri, findings);
  }

  private publish(uri: vscode.Uri, findings: readonly Finding[]): void {
    const lang = uiLanguage();
    const liveLabel = vscode.l10n.t("live check");
    const key = uri.toString();
    const server = this.serverProblems.get(key);
    if (server && server.version !== this.states.get(key)?.version) this.serverProblems.delete(key);
    const current = this.serverProblems.get(key)?.diagnostic;
    this.collection.set(uri, [...findings.map((f) => toDiagnostic(f, lang, liveLabel)), ...(current ? [current] : [])]);
  }

  private publishConfigProblems(config: ReturnType<SeverityConfigs["forDocument"]>): void {
    if (!config) return;
    const lang = uiLanguage();
    this.collection.set(
      vscode.Uri.file(config.file),
      config.problems.map((p) => toDiagnostic(p, lang, "")),
    );
  }

  private forget(uri: vscode.Uri): void {
    this.states.delete(uri.toString());
    this.serverProblems.delete(uri.toString());
    if (uri.scheme === "untitled") this.collection.delete(uri);
  }

  dispose(): void {
    for (const p of this.pendingLive.values()) {
      clearTimeout(p.timer);
      p.cts.dispose();
    }
    for (const d of this.disposables) d.dispose();
  }
}

export type { PathFinding };
