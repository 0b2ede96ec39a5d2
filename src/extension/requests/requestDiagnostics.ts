import * as vscode from "vscode";
import { applySeverityConfig } from "../../core/config/severityConfig";
import { checkedAsYouType, MAX_CHARS_CHECKED_AS_YOU_TYPE, VALIDATION_DEBOUNCE_MS } from "../../core/editor/checkBounds";
import { Debouncer, type Requested } from "../../core/editor/debouncer";
import { systemTimer, type Timer } from "../../core/model/timer";
import { checkFailedFinding, describeError, tooLargeFinding } from "../../core/editor/editorFindings";
import type { Logger } from "../../core/logger";
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

/** Live checks start this long after the offline findings of a change are published. */
const LIVE_CHECK_DELAY_MS = 200;

/**
 * Validates request files as they change and publishes the findings as diagnostics: after a pause in typing
 * (VALIDATION_DEBOUNCE_MS), never in the event that reported the change, and not as-you-type above
 * MAX_CHARS_CHECKED_AS_YOU_TYPE. Whatever goes wrong while checking one document becomes a finding on it.
 */
export class RequestDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection("tcaccel");
  private readonly states = new Map<string, RequestState>();
  /** Validations made on demand (completion) for a version the debounced check has not reached yet. */
  private readonly onDemand = new Map<string, { version: number; validation: DocumentValidation }>();
  private readonly documents = new Map<string, vscode.TextDocument>();
  private readonly debouncer: Debouncer<string>;
  private readonly pendingLive = new Map<string, { timer: NodeJS.Timeout; cts: vscode.CancellationTokenSource }>();
  private readonly disposables: vscode.Disposable[] = [this.collection];
  private liveChecker: LiveChecker | undefined;
  /** The API's refusal of a send, on the parameter it concerns, for the document version that was sent. */
  private readonly serverProblems = new Map<string, { version: number; diagnostic: vscode.Diagnostic }>();

  constructor(
    private readonly configs: SeverityConfigs,
    private readonly log: Logger,
    private readonly clock: Timer = { ...systemTimer, now: () => performance.now() }, // sub-millisecond, for the log
  ) {
    this.debouncer = new Debouncer<string>(
      VALIDATION_DEBOUNCE_MS,
      (key, requested) => this.checkScheduled(key, requested),
      (_key, e) => this.log.error(`Checking a request file failed: ${describeError(e)}`),
      clock,
    );
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      // Events without content changes (the dirty flag after a save or an undo) change nothing to check.
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      configs.onDidChange(() => this.updateAll()),
    );
    // Files already open at start-up are checked on the next turns, not inside activate().
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
    const key = doc.uri.toString();
    const state = this.states.get(key);
    if (state && state.version === doc.version) return state.validation;
    const cached = this.onDemand.get(key);
    if (cached && cached.version === doc.version) return cached.validation;
    // Between a keystroke and its debounced check: validate this version once, unpublished (the check will).
    if (!checkedAsYouType(charCount(doc))) return { findings: [] };
    let validation: DocumentValidation;
    try {
      validation = validateDocument(doc.getText());
    } catch (e) {
      this.log.error(`Could not check ${fileName(doc)} v${doc.version} for completion: ${describeError(e)}`);
      validation = { findings: [checkFailedFinding(e)] };
    }
    this.onDemand.set(key, { version: doc.version, validation });
    return validation;
  }

  /** Validates now (no debounce, whatever the size) and waits for the live checks: for Check and Send. */
  async validateNow(doc: vscode.TextDocument, token?: vscode.CancellationToken): Promise<RequestState> {
    this.debouncer.cancel(doc.uri.toString());
    this.update(doc, { onDemand: true });
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

  /** Schedules a check of every open request file on the next turns (start-up, settings, account changes). */
  updateAll(): void {
    for (const doc of vscode.workspace.textDocuments) this.schedule(doc, 0);
  }

  private schedule(doc: vscode.TextDocument, delayMs?: number): void {
    if (!isRequestDocument(doc)) return;
    const key = doc.uri.toString();
    this.documents.set(key, doc);
    this.debouncer.schedule(key, delayMs);
  }

  private checkScheduled(key: string, requested: Requested): void {
    const doc = this.documents.get(key);
    if (!doc || doc.isClosed) return;
    this.update(doc, { requested });
  }

  /**
   * Checks one document and publishes what was found; never throws. `onDemand` (Check, Send) validates whatever
   * the size and leaves the live checks to the caller; `requested` says when the change came, for the log.
   */
  private update(doc: vscode.TextDocument, how: { onDemand?: boolean; requested?: Requested }): void {
    if (!isRequestDocument(doc)) return;
    const key = doc.uri.toString();
    const started = this.clock.now();
    try {
      const chars = charCount(doc);
      const config = this.configs.forDocument(doc);
      let validation: DocumentValidation;
      let findings: Finding[];
      const full = how.onDemand || checkedAsYouType(chars);
      if (full) {
        // Completion may have validated this very version already, between the keystroke and this check.
        const early = this.onDemand.get(key);
        validation = early && early.version === doc.version ? early.validation : validateDocument(doc.getText());
        findings = applySeverityConfig(
          validation.findings.filter((f) => !OWNED_BY_JSON_SUPPORT.has(f.code)),
          config?.config ?? { rules: {} },
        );
      } else {
        validation = { findings: [] };
        findings = [tooLargeFinding(chars, MAX_CHARS_CHECKED_AS_YOU_TYPE)];
      }
      const validated = this.clock.now();
      this.states.set(key, { version: doc.version, validation, findings });
      this.onDemand.delete(key);
      this.publish(doc.uri, findings);
      this.publishConfigProblems(config);
      this.logPublished(doc, chars, validated - started, how.requested);
      if (full && !how.onDemand) this.scheduleLive(doc);
    } catch (e) {
      this.failed(doc, e);
    }
  }

  /**
   * One line per published check: the e2e run reads it to hold "a keystroke reaches Problems within the debounce
   * plus the validation time". Names the file, never its content.
   */
  private logPublished(doc: vscode.TextDocument, chars: number, validationMs: number, requested: Requested | undefined): void {
    const after = requested ? `, published ${(this.clock.now() - requested.last).toFixed(1)} ms after the last edit (debounce ${VALIDATION_DEBOUNCE_MS} ms)` : ", on demand";
    this.log.info(`Checked ${fileName(doc)} v${doc.version} (${chars} chars): validation ${validationMs.toFixed(1)} ms${after}`);
  }

  /** A check that threw: one error finding on the document instead of its findings, and a log line without content. */
  private failed(doc: vscode.TextDocument, error: unknown): void {
    const key = doc.uri.toString();
    const finding = checkFailedFinding(error);
    this.states.set(key, { version: doc.version, validation: { findings: [finding] }, findings: [finding] });
    this.onDemand.delete(key);
    this.log.error(`Could not check ${fileName(doc)} v${doc.version}: ${describeError(error)}`);
    try {
      this.collection.set(doc.uri, [toDiagnostic(finding, uiLanguage(), "")]);
    } catch (e) {
      this.log.error(`Could not show that ${fileName(doc)} could not be checked: ${describeError(e)}`);
    }
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
    const timer = setTimeout(() => void this.runLive(doc, cts.token), LIVE_CHECK_DELAY_MS);
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
    this.debouncer.cancel(uri.toString());
    this.documents.delete(uri.toString());
    this.onDemand.delete(uri.toString());
    this.states.delete(uri.toString());
    this.serverProblems.delete(uri.toString());
    if (uri.scheme === "untitled") this.collection.delete(uri);
  }

  dispose(): void {
    this.debouncer.dispose();
    for (const p of this.pendingLive.values()) {
      clearTimeout(p.timer);
      p.cts.dispose();
    }
    for (const d of this.disposables) d.dispose();
  }
}

/** The document's length without copying its text (a huge file is not read just to learn it is huge). */
function charCount(doc: vscode.TextDocument): number {
  return doc.offsetAt(new vscode.Position(doc.lineCount, 0));
}

/** The file's name only: enough to find it in the log, without the user's folders. */
function fileName(doc: vscode.TextDocument): string {
  return doc.uri.path.slice(doc.uri.path.lastIndexOf("/") + 1);
}

export type { PathFinding };
