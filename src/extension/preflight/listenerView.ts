import * as vscode from "vscode";
import type { BoundOriginFacts, ListenerFacts, ListenerProxyFacts } from "../../core/live/listenerSource";
import { formatFinding } from "../../core/messages/formatFinding";
import type { Language } from "../../core/messages/language";
import type { BindChange, BindDiff } from "../../core/preflight/bindDiff";
import type { ListenerReport, PortCheck } from "../../core/preflight/listenerReport";
import type { RunState, StepState } from "../../core/steps/stepRunner";
import type { DiffRow, Item, Row, Section, SectionStatus } from "../../shared/preflightProtocol";
import { partSection } from "./viewWords";

/** ListenerStatus in words (gaap_models.d.ts: 0 running, 1 creating, 2 destroying, 3 origins adjusting, 4 changing). */
function listenerStatus(status: number): string {
  const words = [vscode.l10n.t("running"), vscode.l10n.t("creating"), vscode.l10n.t("destroying"), vscode.l10n.t("adjusting origins"), vscode.l10n.t("changing configuration")];
  return `${words[status] ?? String(status)} (ListenerStatus ${status})`;
}

function proxySection(proxy: ListenerProxyFacts | undefined, proxyId: string, protocol: string): Omit<Section, "id" | "title"> {
  if (!proxy) return { status: "error", summary: vscode.l10n.t("There is no connection {0} in this account.", proxyId), items: [{ severity: "error", text: vscode.l10n.t("In the file: {0}", "ProxyId"), path: "/ProxyId" }] };
  const running = proxy.status === "RUNNING";
  const supports = proxy.supportProtocols.length === 0 || proxy.supportProtocols.includes(protocol);
  return {
    status: running && supports ? "ok" : "error",
    summary: !running
      ? vscode.l10n.t("The connection is {0}: listeners are added only while it is RUNNING.", proxy.status)
      : supports
        ? vscode.l10n.t("The connection is running and takes {0} listeners.", protocol)
        : vscode.l10n.t("The connection does not take {0} listeners.", protocol),
    rows: [
      { label: "ProxyId", value: proxy.proxyId, mono: true },
      { label: vscode.l10n.t("Status"), value: proxy.status, tone: running ? "good" : "bad" },
      { label: vscode.l10n.t("Version"), value: proxy.version || "—" },
      { label: vscode.l10n.t("Protocols"), value: proxy.supportProtocols.join(", ") || "—", ...(supports ? {} : { tone: "bad" as const }) },
      { label: "ClientIPMethod", value: proxy.clientIpMethods.join(", ") || "—" },
      { label: vscode.l10n.t("Project"), value: String(proxy.projectId) },
    ],
  };
}

function portsSection(ports: PortCheck[], count: number | undefined): Omit<Section, "id" | "title"> {
  const taken = ports.filter((p) => p.holder);
  const rows: Row[] = ports.map((p) =>
    p.holder
      ? { label: `${p.transport} ${p.port}`, value: vscode.l10n.t("taken by {0} listener {1} ({2})", p.holder.protocol, p.holder.listenerId, p.holder.name), tone: "bad" }
      : { label: `${p.transport} ${p.port}`, value: vscode.l10n.t("free"), tone: "good" },
  );
  if (count !== undefined) rows.push({ label: vscode.l10n.t("Listeners"), value: vscode.l10n.t("{0} now, {1} after, of at most {2}", count, count + ports.length, 50), ...(count + ports.length > 50 ? { tone: "bad" as const } : {}) });
  return {
    status: taken.length || (count ?? 0) + ports.length > 50 ? "error" : "ok",
    summary: taken.length ? vscode.l10n.t("{0} port(s) already taken in the same transport space (TCP, HTTP and HTTPS share TCP ports; UDP and HTTP/3 share UDP ports).", taken.length) : vscode.l10n.t("Every port is free on the connection."),
    rows,
    items: taken.map((p) => ({ severity: "error", text: vscode.l10n.t("Port {0} is taken", p.port), path: `/Ports/${ports.indexOf(p)}` })),
  };
}

function listenerSection(listener: ListenerFacts | undefined, listenerId: string): Omit<Section, "id" | "title"> {
  if (!listener) return { status: "error", summary: vscode.l10n.t("There is no TCP or UDP listener {0} in this account.", listenerId), items: [{ severity: "error", text: vscode.l10n.t("In the file: {0}", "ListenerId"), path: "/ListenerId" }] };
  const running = listener.status === 0;
  return {
    status: running ? "ok" : "warning",
    summary: running ? vscode.l10n.t("The listener is running.") : vscode.l10n.t("The listener is busy: a change may be refused until it is running again."),
    rows: [
      { label: "ListenerId", value: listener.listenerId, mono: true },
      { label: vscode.l10n.t("Name"), value: listener.name },
      { label: vscode.l10n.t("Protocol and port"), value: `${listener.protocol} ${listener.port}` },
      { label: vscode.l10n.t("Status"), value: listenerStatus(listener.status), tone: running ? "good" : "changed" },
      ...(listener.realServerType ? [{ label: "RealServerType", value: listener.realServerType }] : []),
      ...(listener.scheduler ? [{ label: "Scheduler", value: listener.scheduler }] : []),
      ...(listener.proxyId ? [{ label: "ProxyId", value: listener.proxyId, mono: true }] : listener.groupId ? [{ label: "GroupId", value: listener.groupId, mono: true }] : []),
    ],
  };
}

const originWords = (o: { weight?: number; role?: string } | undefined, health?: number): string => {
  if (!o) return "—";
  const parts = [vscode.l10n.t("weight {0}", o.weight ?? 1), ...(o.role ? [o.role] : []), ...(health === undefined ? [] : [health === 0 ? vscode.l10n.t("healthy") : vscode.l10n.t("unhealthy")])];
  return parts.join(" · ");
};

function diffRow(c: BindChange): DiffRow {
  const label = `${c.realServerId} (${c.address}:${c.port})`;
  switch (c.kind) {
    case "added":
      return { label, current: "—", target: vscode.l10n.t("added: {0}", originWords(c.target)), changed: true };
    case "removed":
      return { label, current: originWords(c.current, c.health), target: vscode.l10n.t("removed"), changed: true };
    case "changed":
      return { label, current: originWords(c.current, c.health), target: originWords(c.target), changed: true };
    case "kept":
      return { label, current: originWords(c.current, c.health), target: vscode.l10n.t("(unchanged)"), changed: false };
  }
}

/** The bind's diff: every origin added, removed, changed or kept, a warning for each removal and for an empty set. */
function bindSection(value: { live: BoundOriginFacts[]; diff: BindDiff }, listenerId: string, lang: Language): Omit<Section, "id" | "title"> {
  const { diff } = value;
  const items: Item[] = diff.changes
    .filter((c) => c.kind === "removed")
    .map((c) => ({ severity: "warning", text: formatFinding({ code: "bind-removes-origin", params: { id: c.realServerId, address: c.address, port: c.port, listener: listenerId } }, lang) }));
  if (diff.empty && value.live.length > 0) items.push({ severity: "warning", text: formatFinding({ code: "bind-empty-set", params: { listener: listenerId } }, lang), path: "/RealServerBindSet" });
  const status: SectionStatus = diff.removed > 0 || diff.empty ? "warning" : "ok";
  return {
    status,
    summary: vscode.l10n.t("The bind replaces the whole set: {0} added, {1} removed, {2} changed, {3} kept.", diff.added, diff.removed, diff.changed, diff.kept),
    diff: diff.changes.map(diffRow),
    items,
  };
}

/** What each step of a listener with origins does, in words. */
function stepWords(id: string, ports: readonly unknown[]): string {
  const [kind, index] = [id.replace(/-\d+$/, ""), Number(id.match(/(\d+)$/)?.[1] ?? -1)];
  const port = String(ports[index] ?? "");
  switch (kind) {
    case "create":
      return vscode.l10n.t("Create the listener(s) on port(s) {0}", ports.join(", "));
    case "wait-created":
      return vscode.l10n.t("Wait until the listener on port {0} is running", port);
    case "bind":
      return vscode.l10n.t("Bind the origins to the listener on port {0}", port);
    default:
      return vscode.l10n.t("Wait until the listener on port {0} is running again", port);
  }
}

const STEP_TONES: Record<StepState["status"], Row["tone"]> = { pending: "muted", running: "changed", done: "good", failed: "bad", unknown: "bad", cancelled: "muted" };

function stepStatusWords(s: StepState): string {
  const words: Record<StepState["status"], string> = {
    pending: vscode.l10n.t("to do"),
    running: vscode.l10n.t("under way…"),
    done: s.resolvedBy === "lookup" ? vscode.l10n.t("done (found by looking)") : vscode.l10n.t("done"),
    failed: vscode.l10n.t("failed"),
    unknown: vscode.l10n.t("outcome unknown: a resume looks before sending again"),
    cancelled: vscode.l10n.t("cancelled"),
  };
  const ids = Object.entries(s.outputs).filter(([k]) => k.startsWith("listener")).map(([, v]) => v);
  return [words[s.status], ...ids, ...(s.error?.code ? [s.error.code] : [])].join(" · ");
}

/** The steps of a listener with origins: planned (before a send) or where a run stands. */
export function stepsSection(stepIds: readonly string[], ports: readonly unknown[], run?: RunState): Section {
  const states = run?.steps;
  const failed = states?.find((s) => s.status === "failed" || s.status === "unknown");
  const done = states?.filter((s) => s.status === "done").length ?? 0;
  return {
    id: "steps",
    title: vscode.l10n.t("Steps"),
    status: failed ? "error" : states && done === states.length ? "ok" : states?.some((s) => s.status === "running") ? "loading" : "info",
    summary: !states
      ? vscode.l10n.t("This file names origins too, so Create runs these steps in order; a failure stops there, and sending again resumes without creating the listener twice.")
      : failed
        ? vscode.l10n.t("Stopped at step {0} of {1}: {2} done. Send again to resume from there; the done steps are skipped.", states.indexOf(failed) + 1, states.length, done)
        : vscode.l10n.t("{0} of {1} steps done.", done, states.length),
    rows: stepIds.map((id, i) => ({
      label: `${i + 1}. ${stepWords(id, ports)}`,
      value: states?.[i] ? stepStatusWords(states[i]) : vscode.l10n.t("to do"),
      ...(states?.[i] ? { tone: STEP_TONES[states[i].status] } : {}),
    })),
  };
}

/** A listener or origin-server write: the proxy and ports (creates), the live listener, the bind diff, the steps. */
export function listenerSections(report: ListenerReport, ports: readonly unknown[], lang: Language): Section[] {
  const protocol = report.action === "CreateUDPListeners" ? "UDP" : "TCP";
  const listenerId = report.target.listenerId ?? "";
  const sections: (Section | undefined)[] = [
    report.target.proxyId ? partSection("proxy", vscode.l10n.t("Connection {0}", report.target.proxyId), report.proxy, lang, (p) => proxySection(p, report.target.proxyId!, protocol)) : undefined,
    partSection("ports", vscode.l10n.t("Ports"), report.ports, lang, (p) => portsSection(p, report.listenerCount)),
    partSection("listener", vscode.l10n.t("Listener {0}", listenerId), report.listener, lang, (l) => listenerSection(l, listenerId)),
    partSection("bind", vscode.l10n.t("Origins: live and after the bind"), report.bind, lang, (b) => bindSection(b, listenerId || vscode.l10n.t("(new)"), lang)),
    report.steps ? stepsSection(report.steps, ports) : undefined,
  ];
  return sections.filter((s): s is Section => s !== undefined);
}

/** The cards a listener preflight will show, while it runs. */
export function listenerLoadingTitles(action: string): string[] | undefined {
  switch (action) {
    case "CreateTCPListeners":
    case "CreateUDPListeners":
      return [vscode.l10n.t("Connection"), vscode.l10n.t("Ports")];
    case "ModifyTCPListenerAttribute":
    case "ModifyUDPListenerAttribute":
      return [vscode.l10n.t("Listener")];
    case "BindListenerRealServers":
      return [vscode.l10n.t("Listener"), vscode.l10n.t("Origins: live and after the bind")];
    default:
      return undefined;
  }
}
