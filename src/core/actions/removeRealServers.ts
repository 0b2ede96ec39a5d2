import * as z from "../zod";
import { sendRemoveRealServers } from "../preflight/listenerWrites";
import { defineAction } from "./actionDefinition";
import { LISTENER_BILLABLE, listenerPreflightOf } from "./listenerAction";
import { removeRealServerRules } from "./listenerRules";
import { list, str } from "./param";

const params = z.strictObject({
  RealServerIds: list(str({ en: "Origin server ID (rs-…).", zh: "源站 ID（rs-…）。" }), { en: "IDs of the origin servers to remove. Unbind them from every listener and rule first.", zh: "源站 ID 列表。请先从所有监听器和规则上解绑。" }, { min: 1 }),
});

export const removeRealServers = defineAction({
  name: "RemoveRealServers",
  service: "gaap",
  version: "2018-05-29",
  billable: LISTENER_BILLABLE,
  doc: {
    en: "Removes origin servers from the account. One still bound to a listener or rule is refused (FailedOperation.RealServerAlreadyBound).",
    zh: "删除账号下的源站。仍被监听器或规则绑定的源站会删除失败（FailedOperation.RealServerAlreadyBound）。",
  },
  params,
  rules: removeRealServerRules,
  template: {
    Action: "RemoveRealServers",
    Version: "2018-05-29",
    RealServerIds: ["rs-xxxxxxxx"],
  },
  send: {
    kind: "preflight",
    preflight: listenerPreflightOf("RemoveRealServers"),
    write: { kind: "apply", send: (params, cloud, token, signal) => sendRemoveRealServers(params, cloud, token, signal) },
  },
});
