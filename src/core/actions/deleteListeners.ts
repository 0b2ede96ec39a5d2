import * as z from "../zod";
import { sendDeleteListeners } from "../preflight/listenerWrites";
import { defineAction } from "./actionDefinition";
import { LISTENER_BILLABLE, listenerPreflightOf } from "./listenerAction";
import * as l from "./listenerParams";
import { deleteRules, LISTENER_RULE_ERRORS } from "./listenerRules";
import { intOneOf, list } from "./param";

const params = z.strictObject({
  ListenerIds: list(l.listenerId(), { en: "IDs of the listeners to delete.", zh: "待删除的监听器 ID 列表。" }, { min: 1 }),
  Force: intOneOf(
    [0, 1],
    { en: "Whether listeners with origin servers bound may be deleted.", zh: "已绑定源站的监听器是否允许强制删除。" },
    { 0: { en: "No: such a listener is refused", zh: "不允许：此类监听器会删除失败" }, 1: { en: "Yes: delete it with its bindings", zh: "允许：连同绑定一起删除" } },
  ),
  GroupId: l.groupId().optional(),
  ProxyId: l.proxyId().optional(),
});

export const deleteListeners = defineAction({
  name: "DeleteListeners",
  service: "gaap",
  version: "2018-05-29",
  billable: LISTENER_BILLABLE,
  doc: {
    en: "Deletes listeners of a connection or a connection group. The answer lists the deleted, the failed and the invalid (not found, or not on that connection) listeners.",
    zh: "删除通道或通道组的监听器。返回删除成功、删除失败和无效（不存在或不属于该通道）的监听器列表。",
  },
  params,
  rules: deleteRules,
  ruleErrors: LISTENER_RULE_ERRORS,
  template: {
    Action: "DeleteListeners",
    Version: "2018-05-29",
    ProxyId: "link-xxxxxxxx",
    ListenerIds: ["listener-xxxxxxxx"],
    Force: 0,
  },
  send: {
    kind: "preflight",
    preflight: listenerPreflightOf("DeleteListeners"),
    write: { kind: "apply", send: (params, cloud, token, signal) => sendDeleteListeners(params, cloud, token, signal) },
  },
});
