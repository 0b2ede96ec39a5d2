// The preflight panel's page. It draws what the extension sends and asks the extension to act; it never calls an
// API, never sees a key, and renders every string as text.
import "@vscode-elements/elements/dist/vscode-button/index.js";
import "@vscode-elements/elements/dist/vscode-progress-ring/index.js";
import * as z from "zod/mini";
import { panelStateSchema, parseMessage, stringTableSchema, toWebviewSchema, type FromWebview, type PanelState, type PreflightStrings } from "../../shared/preflightProtocol.js";
import { renderPanel } from "./renderPanel.js";

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById("app")!;

/** What the page keeps across hide and reload: the panel's state (the serializer reads it) and the chrome's strings. */
const kept = z.extend(panelStateSchema, { strings: z.optional(stringTableSchema) });

let strings: PreflightStrings | undefined;
let state: PanelState | undefined;

const post = (message: FromWebview) => vscode.postMessage(message);

function render(): void {
  if (!state || !strings) return;
  const focused = document.activeElement?.id;
  app.replaceChildren(
    renderPanel(state.view, strings, {
      send: (revision) => post({ type: "send", revision }),
      cancel: () => post({ type: "cancel" }),
      recheck: () => post({ type: "recheck" }),
      reveal: (path) => post({ type: "reveal", path }),
      useSuggestion: (id) => post({ type: "useSuggestion", id }),
    }),
  );
  // Redrawing replaces the buttons; keep the keyboard where it was.
  if (focused) document.getElementById(focused)?.focus();
}

function keep(): void {
  if (state) vscode.setState({ ...state, ...(strings ? { strings } : {}) });
}

window.addEventListener("message", (event: MessageEvent<unknown>) => {
  const message = parseMessage(toWebviewSchema, event.data);
  if (!message) return; // not ours, or not in the protocol: ignored
  if (message.type === "init") strings = message.strings;
  else state = message.state;
  keep();
  render();
});

// Shown again after being hidden (or after a reload): draw what was kept at once, then ask for the current state.
const saved = parseMessage(kept, vscode.getState());
if (saved) {
  const { strings: savedStrings, ...rest } = saved;
  state = rest;
  strings = savedStrings;
  render();
}
post({ type: "ready" });
