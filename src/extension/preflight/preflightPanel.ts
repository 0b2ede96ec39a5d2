import * as vscode from "vscode";
import type { Logger } from "../../core/logger";
import { fromWebviewSchema, parseMessage, type FromWebview, type PanelState, type ToWebview } from "../../shared/preflightProtocol";
import { PREFLIGHT_VIEW_TYPE } from "../constants";
import { uiLanguage } from "../uiLanguage";
import { preflightHtml, webviewRoots } from "./preflightHtml";
import { preflightStrings } from "./preflightStrings";

/**
 * The webview side of one preflight panel: its page, the ready handshake, and messages checked on arrival. It
 * holds the last state and sends it whenever the page (re)loads, so hiding and showing the panel loses nothing.
 */
export class PreflightPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly messages = new vscode.EventEmitter<Exclude<FromWebview, { type: "ready" }>>();
  private readonly disposed = new vscode.EventEmitter<void>();
  /** Messages are posted only after the page said it listens; a hidden page is a page gone. */
  private ready = false;
  private state: PanelState | undefined;
  private isDisposed = false;

  readonly onMessage = this.messages.event;
  readonly onDidDispose = this.disposed.event;

  /** A new panel beside the request file. */
  static create(extensionUri: vscode.Uri, title: string, log: Logger): PreflightPanel {
    const panel = vscode.window.createWebviewPanel(PREFLIGHT_VIEW_TYPE, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {});
    return new PreflightPanel(panel, extensionUri, log);
  }

  /** Takes over a panel VS Code restored after a reload (the serializer hands it in). */
  constructor(
    private readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly log: Logger,
  ) {
    panel.webview.options = { enableScripts: true, localResourceRoots: webviewRoots(extensionUri) };
    panel.iconPath = vscode.Uri.joinPath(extensionUri, "media", "activity.svg");
    panel.webview.html = preflightHtml(panel.webview, extensionUri, uiLanguage());
    this.disposables.push(
      this.messages,
      this.disposed,
      panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      panel.onDidChangeViewState((e) => {
        if (!e.webviewPanel.visible) this.ready = false;
      }),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  get visible(): boolean {
    return this.panel.visible;
  }

  show(state: PanelState): void {
    if (this.isDisposed) return; // a send that outlives its panel still finishes; there is just nothing to show
    this.state = state;
    this.panel.title = state.view.title;
    if (this.ready) this.post({ type: "state", state });
  }

  reveal(): void {
    this.panel.reveal(undefined, false);
  }

  private receive(raw: unknown): void {
    const message = parseMessage(fromWebviewSchema, raw);
    if (!message) {
      this.log.warn("Ignored a message from the preflight panel that does not fit the protocol.");
      return;
    }
    if (message.type === "ready") {
      this.ready = true;
      this.post({ type: "init", strings: preflightStrings() });
      if (this.state) this.post({ type: "state", state: this.state });
      return;
    }
    this.messages.fire(message);
  }

  private post(message: ToWebview): void {
    void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    if (this.isDisposed) return;
    this.isDisposed = true;
    this.disposed.fire();
    this.panel.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
