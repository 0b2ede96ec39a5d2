import { randomUUID } from "node:crypto";
import * as vscode from "vscode";
import type { RequestParams } from "../../core/actions/actionDefinition";
import { getAction } from "../../core/actions/registry";
import type { Cloud } from "../../core/client/createCloud";
import { ApiError } from "../../core/errors/apiError";
import { isCancelled } from "../../core/errors/cancelledError";
import type { FollowUntil } from "../../core/model/statusPoller";
import type { Logger } from "../../core/logger";
import { runPreflight } from "../../core/preflight/runPreflight";
import { isListenerWithOrigins } from "../../core/steps/listenerWithOrigins";
import { followSent, sendChecked, type Sent } from "../../core/preflight/sendChecked";
import type { Finding } from "../../core/validation/finding";
import type { ErrorView, FromWebview, PanelState, Phase, PreflightView, Section } from "../../shared/preflightProtocol";
import type { RequestDiagnostics } from "../requests/requestDiagnostics";
import type { ProxiesView } from "../tree/proxiesView";
import { uiLanguage } from "../uiLanguage";
import type { Suggestion } from "./gaapCreateView";
import { l4RulesProgress } from "./l4RulesView";
import type { PreflightPanel } from "./preflightPanel";
import { keptRun, restoreRun, resumeReport, runListenerSteps, withKeptSteps } from "./listenerStepRun";
import { followListenersInTree, showListenersInTree, type ListenerFollower } from "./listenerTreeFollow";
import { blockerTexts, loadingSections, outcomeView, preflightView, reportSections } from "./preflightView";
import { revealParameter, writeSuggestion } from "./requestFileEdits";
import { errorView } from "./viewWords";

/** The action's write from the panel (billable actions only); undefined for the ones the panel only checks. */
const writeOf = (action: string) => {
  const route = getAction(action)?.send;
  return route?.kind === "preflight" ? route.write : undefined;
};

/** What the panel needs of the rest of the extension. */
export interface PreflightDeps {
  log: Logger;
  diagnostics: RequestDiagnostics;
  /** The active account's client; rejects, explained, when there is none (signed out, no sandbox). */
  cloud(): Promise<Cloud>;
  /** The Proxies view: reveals the new proxy and follows it until it settles (L4 rules: the rules written). */
  tree?: Pick<ProxiesView, "followProxy" | "followL4Rules"> & ListenerFollower;
  /** After a follow settled: what was read while it moved is stale (each write itself tells the session). */
  settled?: () => void;
}

/** Where the tree follows rules after a write to: the status sent, deletion, or any settled state (a Modify). */
const followUntil = (sent: Sent): FollowUntil => (sent.target === "gone" ? "gone" : sent.target === "online" || sent.target === "offline" ? [sent.target] : "settled");

/** The request as checked: what a send will send, and the document version it came from. */
interface Checked {
  action: string;
  params: RequestParams;
  findings: Finding[];
  version: number;
}

/** A change of what the panel shows; keys present with `undefined` clear. */
interface Changes {
  phase?: Phase;
  progress?: string | undefined;
  notice?: string | undefined;
  sections?: Section[];
  blockers?: string[];
  outcome?: PreflightView["outcome"];
  error?: ErrorView | undefined;
}

/**
 * One preflight: checks a request file, shows the result, and sends it once when the user says so. The panel's
 * button names the revision the user saw; a send for any other revision, a second click (the phase has moved on),
 * or a send after the file changed is refused. The ClientToken is made once per preflight and kept across
 * reloads and failed attempts, so that sending again after an unclear failure cannot create a second proxy; only
 * a successful send ends it.
 */
export class PreflightController implements vscode.Disposable {
  private phase: Phase = "checking";
  private revision = 0;
  private checked: Checked | undefined;
  private sections: Section[] = [];
  private suggestions = new Map<string, Suggestion>();
  private blockers: string[] = [];
  private progress: string | undefined;
  private notice: string | undefined;
  private outcome: PreflightView["outcome"];
  private error: ErrorView | undefined;
  private clientToken: string;
  private work: AbortController | undefined;
  private disposed = false;
  /** After a reload, the view as it was, shown until the file is checked again. */
  private restoredView: PreflightView | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(
    readonly uri: vscode.Uri,
    private readonly panel: PreflightPanel,
    private readonly deps: PreflightDeps,
    restored?: PanelState,
  ) {
    this.clientToken = restored?.clientToken ?? randomUUID();
    this.subscription = panel.onMessage((m) => void this.handle(m));
    if (restored) this.restore(restored);
  }

  get busy(): boolean {
    return this.phase === "sending" || this.phase === "following";
  }

  /** Checks the document now (Send, Check again, a suggestion written into the file). */
  async check(doc: vscode.TextDocument, notice?: string): Promise<void> {
    if (this.busy) return;
    this.work?.abort();
    const work = (this.work = new AbortController());
    if (this.outcome) this.startOver();
    const state = await this.deps.diagnostics.validateNow(doc);
    const action = state.validation.action;
    if (!action || !state.validation.params) return this.fail(vscode.l10n.t("This file has no valid Action, so there is nothing to check."));
    this.checked = { action: action.name, params: state.validation.params, findings: state.findings, version: doc.version };
    this.set({ phase: "checking", progress: vscode.l10n.t("Checking with Tencent Cloud…"), notice, sections: loadingSections(action.name), blockers: [], error: undefined });
    try {
      const cloud = await this.deps.cloud();
      const report = await runPreflight({ action: action.name, params: state.validation.params, findings: state.findings }, cloud, work.signal);
      if (work.signal.aborted) return;
      const { sections, suggestions } = reportSections(report, state.validation.params, uiLanguage());
      this.suggestions = suggestions;
      this.set({ phase: "ready", progress: undefined, sections: withKeptSteps(this.uri.toString(), state.validation.params, sections), blockers: blockerTexts(resumeReport(this.uri.toString(), state.validation.params, report, state.findings), uiLanguage()) });
    } catch (e) {
      if (isCancelled(e) || work.signal.aborted) return;
      this.deps.log.error(`Preflight of ${action.name} failed: ${e instanceof Error ? e.message : String(e)}`);
      this.set({ phase: "failed", progress: undefined, sections: [], error: errorView(e, uiLanguage()) });
    }
  }

  reveal(): void {
    this.panel.reveal();
  }

  private async handle(message: FromWebview): Promise<void> {
    switch (message.type) {
      case "send":
        return this.send(message.revision);
      case "cancel":
        return this.cancel();
      case "recheck":
        return this.checkAgain();
      case "reveal":
        return revealParameter(this.uri, message.path);
      case "useSuggestion": {
        const suggestion = this.suggestions.get(message.id);
        if (!suggestion || this.busy) return;
        const doc = await writeSuggestion(this.uri, suggestion);
        if (doc) await this.check(doc);
        return;
      }
      case "ready":
        return;
    }
  }

  /** Checks the file as it is now (the panel's Check again, and a panel restored after a reload). */
  async checkAgain(): Promise<void> {
    try {
      await this.check(await vscode.workspace.openTextDocument(this.uri));
    } catch (e) {
      this.fail(vscode.l10n.t("The request file could not be opened: {0}", e instanceof Error ? e.message : String(e)));
    }
  }

  private cancel(): void {
    if (this.phase !== "checking" && this.phase !== "following") return;
    this.work?.abort();
    if (this.phase === "checking") this.set({ phase: "cancelled", progress: undefined, sections: [], notice: vscode.l10n.t("Checking was cancelled.") });
    else this.set({ phase: "done", progress: undefined, notice: vscode.l10n.t("Stopped waiting here; the Proxies view keeps following it.") });
  }

  private async send(revision: number): Promise<void> {
    const checked = this.checked;
    const write = checked ? writeOf(checked.action) : undefined;
    if (!checked || !write || this.phase !== "ready" || revision !== this.revision || this.blockers.length > 0) {
      this.deps.log.warn(`Ignored a send for revision ${revision} (now ${this.revision}, ${this.phase}).`);
      return;
    }
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.uri.toString());
    if (doc && doc.version !== checked.version) {
      return this.check(doc, vscode.l10n.t("The file changed after the check, so it was checked again. Look before you send."));
    }
    let cloud: Cloud;
    try {
      cloud = await this.deps.cloud();
    } catch (e) {
      return this.set({ phase: "failed", error: errorView(e, uiLanguage()) });
    }
    // A create that names origins too runs as steps (listenerStepRun.ts), resumable after a failure.
    if (isListenerWithOrigins(checked.action, checked.params)) {
      const work = (this.work = new AbortController());
      await runListenerSteps(this.uri.toString(), checked.action, checked.params, cloud, work.signal, (c) => this.set(c), this.sections);
      return showListenersInTree(this.deps.tree, checked.params);
    }
    this.set({ phase: "sending", progress: vscode.l10n.t("Sending {0}…", checked.action), notice: undefined });
    let sent: Sent;
    try {
      sent = await sendChecked(checked.action, checked.params, cloud, this.clientToken);
    } catch (e) {
      return this.sendFailed(e, checked);
    }
    this.deps.log.info(`${checked.action} sent: ${sent.id} (RequestId ${sent.requestId || "-"}, ${sent.resolvedBy})`);
    if (sent.resource === "l4-rules") void this.deps.tree?.followL4Rules(sent.zoneId ?? "", sent.id, sent.ruleIds ?? [], { until: followUntil(sent) });
    else if (sent.resource === "gaap-listener" || sent.resource === "gaap-real-server") followListenersInTree(this.deps.tree, checked.params, sent);
    else void this.deps.tree?.followProxy(sent.id, sent.zoneId ? { zoneId: sent.zoneId } : {});
    // Closed while sending: the tree follows the proxy; there is no panel left to follow it for.
    if (!this.disposed) await this.follow(cloud, checked.action, sent);
  }

  private async follow(cloud: Cloud, action: string, sent: Sent): Promise<void> {
    const work = (this.work = new AbortController());
    const progress = sent.resource === "l4-rules" ? l4RulesProgress(sent) : vscode.l10n.t("Waiting for {0} to be {1}…", sent.id, sent.target);
    this.set({ phase: "following", progress, outcome: outcomeView(action, sent, undefined, "info") });
    try {
      const status = await followSent(sent, cloud, work.signal);
      this.deps.settled?.();
      this.set({ phase: "done", progress: undefined, outcome: outcomeView(action, sent, status, "ok") });
    } catch (e) {
      if (isCancelled(e) || work.signal.aborted) return;
      // The send succeeded; only the wait did not: say so beside the outcome, not as a failed send.
      this.set({ phase: "done", progress: undefined, outcome: outcomeView(action, sent, undefined, "warning"), error: errorView(e, uiLanguage()) });
    }
  }

  private sendFailed(e: unknown, checked: Checked): void {
    const view = errorView(e, uiLanguage());
    this.deps.log.error(`${checked.action} failed: ${e instanceof ApiError ? e.toString() : String(e)}`);
    this.set({ phase: "failed", progress: undefined, error: view });
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.uri.toString());
    if (e instanceof ApiError && e.path && doc && doc.version === checked.version) {
      this.deps.diagnostics.showServerProblem(doc, { path: e.path, code: e.code, message: `${view.what} ${view.todo} (${e.code}${e.requestId ? `, RequestId ${e.requestId}` : ""})` });
    }
  }

  /** A new preflight of the same file after a successful send: a new request, so a new ClientToken. */
  private startOver(): void {
    this.clientToken = randomUUID();
    this.outcome = undefined;
    this.error = undefined;
    this.notice = undefined;
  }

  private fail(message: string): void {
    this.set({ phase: "failed", progress: undefined, error: { code: "", what: message, todo: "", requestId: "" } });
  }

  /** After a reload: results stay as they were; a send or a wait that was under way is over for this window. */
  private restore(state: PanelState): void {
    restoreRun(this.uri.toString(), state.run);
    const view = state.view;
    this.revision = view.revision;
    this.sections = view.sections.filter((s) => s.id !== "diagnostics");
    this.blockers = view.send?.blockers ?? [];
    this.outcome = view.outcome;
    this.error = view.error;
    this.checked = undefined; // nothing is sent from a restored view before it is checked again
    const interrupted = view.phase === "sending" || view.phase === "following";
    this.phase = interrupted ? "interrupted" : view.phase === "ready" || view.phase === "checking" ? "cancelled" : view.phase;
    this.notice = interrupted
      ? vscode.l10n.t("VS Code reloaded while this request was being sent or followed. The Proxies view shows where it stands.")
      : view.notice;
    this.restoredView = view;
    this.render();
  }

  private set(changes: Changes): void {
    if (changes.phase !== undefined) this.phase = changes.phase;
    if ("progress" in changes) this.progress = changes.progress;
    if ("notice" in changes) this.notice = changes.notice;
    if (changes.sections) this.sections = changes.sections;
    if (changes.blockers) this.blockers = changes.blockers;
    if ("outcome" in changes) this.outcome = changes.outcome;
    if ("error" in changes) this.error = changes.error;
    this.restoredView = undefined;
    this.revision++;
    this.render();
  }

  private render(): void {
    const checked = this.checked;
    const action = checked?.action ?? this.restoredView?.action ?? "";
    const write = writeOf(action);
    const view = preflightView({
      revision: this.revision,
      action,
      params: checked?.params ?? {},
      fileName: vscode.workspace.asRelativePath(this.uri),
      phase: this.phase,
      ...(write ? { sendKind: write.kind } : {}),
      sections: this.sections,
      findings: checked?.findings ?? [],
      blockers: this.blockers,
      ...(this.progress ? { progress: this.progress } : {}),
      ...(this.notice ? { notice: this.notice } : {}),
      ...(this.outcome ? { outcome: this.outcome } : {}),
      ...(this.error ? { error: this.error } : {}),
      lang: uiLanguage(),
    });
    // A restored view keeps its own title and findings until it is checked again.
    const shown = this.restoredView && !checked ? { ...view, title: this.restoredView.title, sections: [...this.sections, ...this.restoredView.sections.filter((s) => s.id === "diagnostics")] } : view;
    const run = keptRun(this.uri.toString());
    this.panel.show({ v: 1, uri: this.uri.toString(), clientToken: this.clientToken, view: shown, ...(run ? { run } : {}) });
  }

  dispose(): void {
    this.disposed = true;
    // A send in flight goes on (it cannot be taken back); only checks and waits stop.
    if (this.phase !== "sending") this.work?.abort();
    this.subscription.dispose();
  }
}
