import type { Choice, DiffRow, ErrorView, Item, PreflightStrings, Row, Section, SectionStatus } from "../../shared/preflightProtocol.js";
import { button, el, type Child } from "./dom.js";

/** What the page can ask of the extension from inside a section. */
export interface SectionActions {
  reveal(path: string): void;
  useSuggestion(id: string): void;
}

const MARK: Record<SectionStatus | Item["severity"], string> = { ok: "✓", error: "✗", warning: "!", info: "i", loading: "" };

export function statusMark(status: SectionStatus | Item["severity"], label?: string): HTMLElement {
  if (status === "loading") return el("vscode-progress-ring", { class: "mark", "aria-label": label ?? "" });
  return el("span", { class: `mark mark-${status}`, "aria-hidden": "true" }, MARK[status]);
}

export function rowsTable(rows: readonly Row[]): HTMLElement {
  return el(
    "table",
    { class: "rows" },
    ...rows.map((r) => el("tr", {}, el("th", { scope: "row" }, r.label), el("td", { class: [r.mono ? "mono" : "", r.tone ? `tone-${r.tone}` : ""].join(" ").trim() }, r.value))),
  );
}

function diffTable(rows: readonly DiffRow[], strings: PreflightStrings): HTMLElement {
  return el(
    "table",
    { class: "diff" },
    el("thead", {}, el("tr", {}, el("th", {}, ""), el("th", { scope: "col" }, strings.current), el("th", { scope: "col" }, ""), el("th", { scope: "col" }, strings.target))),
    el(
      "tbody",
      {},
      ...rows.map((r) =>
        el(
          "tr",
          { class: r.changed ? "changed" : "same" },
          el("th", { scope: "row" }, r.label),
          el("td", { class: "current" }, r.current),
          el("td", { class: "arrow", "aria-hidden": "true" }, r.changed ? "→" : "="),
          el("td", { class: "target" }, r.target),
        ),
      ),
    ),
  );
}

function choiceList(c: Choice): HTMLElement {
  return el(
    "div",
    { class: "choice" },
    el("div", { class: "choice-label" }, c.label),
    el(
      "ul",
      { class: "chips", "aria-label": c.label },
      ...c.values.map((v) => el("li", { class: v === c.selected ? "chip selected" : "chip", ...(v === c.selected ? { "aria-current": "true" } : {}) }, v)),
    ),
  );
}

function itemList(items: readonly Item[], strings: PreflightStrings, actions: SectionActions): HTMLElement {
  return el(
    "ul",
    { class: "items" },
    ...items.map((item) =>
      el(
        "li",
        { class: `item item-${item.severity}` },
        statusMark(item.severity),
        el("span", { class: "item-text" }, item.text),
        item.suggestionId ? button(strings.useThis, () => actions.useSuggestion(item.suggestionId!), { secondary: true }) : undefined,
        item.path !== undefined && item.path !== "" ? link(strings.showInFile, () => actions.reveal(item.path!)) : undefined,
      ),
    ),
  );
}

function link(label: string, onClick: () => void): HTMLElement {
  const a = el("a", { href: "#", class: "link" }, label);
  a.addEventListener("click", (e) => {
    e.preventDefault();
    onClick();
  });
  return a;
}

/** An API error explained: what happened, what to do, the code and RequestId, and the parameter it concerns. */
export function errorBox(error: ErrorView, strings: PreflightStrings, actions: SectionActions): HTMLElement {
  const facts: Child[] = [];
  if (error.code) facts.push(el("div", {}, `${strings.code}: `, el("span", { class: "mono" }, error.code)));
  if (error.requestId) facts.push(el("div", {}, `${strings.requestId}: `, el("span", { class: "mono" }, error.requestId)));
  if (error.message) facts.push(el("div", { class: "server-message" }, `${strings.serverMessage}: `, error.message));
  return el(
    "div",
    { class: "error-box", role: "alert" },
    el("p", { class: "error-what" }, error.what),
    error.todo ? el("p", { class: "error-todo" }, el("strong", {}, `${strings.whatToDo}: `), error.todo) : undefined,
    facts.length ? el("div", { class: "error-facts" }, ...facts) : undefined,
    error.path ? link(strings.showInFile, () => actions.reveal(error.path!)) : undefined,
  );
}

/** One card of the panel: a check, the price, the allowed values, the diff, the problems... */
export function renderSection(section: Section, strings: PreflightStrings, actions: SectionActions): HTMLElement {
  return el(
    "section",
    { class: `card status-${section.status}`, "data-section": section.id, "aria-busy": section.status === "loading" ? "true" : undefined },
    el("h2", {}, statusMark(section.status, strings.loading), el("span", {}, section.title)),
    section.status === "loading" ? el("p", { class: "muted" }, strings.loading) : undefined,
    section.summary ? el("p", { class: "summary" }, section.summary) : undefined,
    section.diff?.length ? diffTable(section.diff, strings) : undefined,
    section.choices?.length ? el("div", { class: "choices" }, ...section.choices.map(choiceList)) : undefined,
    section.rows?.length ? rowsTable(section.rows) : undefined,
    section.items?.length ? itemList(section.items, strings, actions) : undefined,
    section.error ? errorBox(section.error, strings, actions) : undefined,
  );
}
