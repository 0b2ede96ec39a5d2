import type { ActionName } from "../actions/registry";
import type { RequestParams } from "../actions/actionDefinition";
import type { PathFinding } from "../validation/finding";
import {
  addRealServersLiveChecks,
  bindLiveChecks,
  deleteListenersLiveChecks,
  listenerCreateLiveChecks,
  listenerModifyLiveChecks,
  removeRealServersLiveChecks,
} from "./listenerLiveChecks";
import type { LiveSource } from "./liveSource";

type LiveCheck = (request: RequestParams, source: LiveSource, signal?: AbortSignal) => Promise<PathFinding[]>;

/** The listener and origin-server live checks, by action; spread into liveChecks.ts's table. */
export const LISTENER_LIVE_CHECKS: Partial<Record<ActionName, LiveCheck>> = {
  CreateTCPListeners: listenerCreateLiveChecks("TCP"),
  CreateUDPListeners: listenerCreateLiveChecks("UDP"),
  ModifyTCPListenerAttribute: listenerModifyLiveChecks("TCP"),
  ModifyUDPListenerAttribute: listenerModifyLiveChecks("UDP"),
  BindListenerRealServers: bindLiveChecks,
  DeleteListeners: deleteListenersLiveChecks,
  AddRealServers: addRealServersLiveChecks,
  RemoveRealServers: removeRealServersLiveChecks,
};
