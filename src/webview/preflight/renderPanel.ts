import type { PreflightStrings, PreflightView } from "../../shared/preflightProtocol.js";
import { button, el } from "./dom.js";
import { errorBox, renderSection, rowsTable, statusMark, type SectionActions } from "./renderSection.js";

export interface PanelActions extends SectionActions {
  send(revision: number): void;
  cancel(): void;
  recheck(): void;
}

const SEND_SHOWN = new Set(["checking", "ready", "cancelled", "failed"]);
const CANCEL_SHOWN = new Set(["checking", "following"]);
const RECHECK_SHOWN = new Set(["ready", "cancelled", "failed", "done", "interrupted"]);

function toolbar(view: PreflightView, strings: PreflightStrings, actions: PanelActions): HTMLElement {
  const bar = el("div", { class: "toolbar" });
  if (view.send && SEND_SHOWN.has(view.phase)) {
    const send = button(
      strings[view.send.kind],
      () => {
        // Disabled at once, so a double click cannot ask twice (the extension refuses a second send anyway).
        send.setAttribute("disabled", "");
        actions.send(view.revision);
      },
      { id: "send", disabled: !view.send.enabled },
    );
    bar.appendChild(send);
  }
  if (CANCEL_SHOWN.has(view.phase)) bar.appendChild(button(strings.cancel, actions.cancel, { id: "cancel", secondary: true }));
  if (RECHECK_SHOWN.has(view.phase)) bar.appendChild(button(strings.checkAgain, actions.recheck, { id: "recheck", secondary: true }));
  return bar;
}

/** The whole panel for one view; built anew on each state (a panel holds a dozen small cards). */
export function renderPanel(view: PreflightView, strings: PreflightStrings, actions: PanelActions): HTMLElement {
  const blockers = view.send && !view.send.enabled && SEND_SHOWN.has(view.phase) ? view.send.blockers : [];
  return el(
    "div",
    { class: `panel phase-${view.phase}`, "data-phase": view.phase, "data-revision": String(view.revision) },
    el(
      "header",
      {},
      el("h1", {}, view.title),
      el("div", { class: "subtitle mono" }, view.subtitle),
      toolbar(view, strings, actions),
      view.progress ? el("p", { class: "progress", role: "status" }, el("vscode-progress-ring", { "aria-label": view.progress }), el("span", {}, view.progress)) : undefined,
      view.notice ? el("p", { class: "notice", role: "status" }, view.notice) : undefined,
      blockers.length ? el("div", { class: "blockers", id: "blockers" }, el("p", {}, strings.sendDisabled), el("ul", {}, ...blockers.map((b) => el("li", {}, b)))) : undefined,
    ),
    view.outcome
      ? el("section", { class: `outcome status-${view.outcome.status}`, id: "outcome" }, el("h2", {}, statusMark(view.outcome.status), el("span", {}, view.outcome.title)), rowsTable(view.outcome.rows))
      : undefined,
    view.error ? errorBox(view.error, strings, actions) : undefined,
    el("div", { class: "cards" }, ...view.sections.map((s) => renderSection(s, strings, actions))),
  );
}
