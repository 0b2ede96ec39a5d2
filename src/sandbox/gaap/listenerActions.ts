import type { SandboxAction } from "../sandboxAction";
import { bindListenerRealServers, describeListenerRealServers } from "./bindRealServers";
import { createTCPListeners, createUDPListeners } from "./createListeners";
import { deleteListeners } from "./deleteListeners";
import { describeHTTPListeners, describeHTTPSListeners, describeTCPListeners, describeUDPListeners } from "./describeListeners";
import { modifyTCPListenerAttribute, modifyUDPListenerAttribute } from "./modifyListeners";
import { addRealServers, describeRealServers, describeRealServersStatus, removeRealServers } from "./realServers";

/** The GAAP layer-4 listener and origin-server actions, listed in the sandbox's action table with one line. */
export const GAAP_LISTENER_ACTIONS: readonly SandboxAction[] = [
  describeTCPListeners,
  describeUDPListeners,
  describeHTTPListeners,
  describeHTTPSListeners,
  createTCPListeners,
  createUDPListeners,
  modifyTCPListenerAttribute,
  modifyUDPListenerAttribute,
  deleteListeners,
  describeRealServers,
  addRealServers,
  removeRealServers,
  describeRealServersStatus,
  bindListenerRealServers,
  describeListenerRealServers,
];
