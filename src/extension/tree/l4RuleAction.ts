import type * as vscode from "vscode";
import type { Logger } from "../../core/logger";
import type { ProxyTreeModel } from "../../core/model/proxyTreeModel";
import type { CloudSession } from "../session/cloudSession";
import type { ProxiesView } from "./proxiesView";

/** What a context action on forwarding rules (or on their L4 proxy) works with. */
export interface L4RuleActionContext {
  context: vscode.ExtensionContext;
  log: Logger;
  session: CloudSession;
  view: ProxiesView;
  /** The tree's own records: the rules as last listed or polled. */
  model: ProxyTreeModel;
}
