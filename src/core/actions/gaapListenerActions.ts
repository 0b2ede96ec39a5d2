import { addRealServers } from "./addRealServers";
import { bindListenerRealServers } from "./bindListenerRealServers";
import { createTcpListeners } from "./createTcpListeners";
import { createUdpListeners } from "./createUdpListeners";
import { deleteListeners } from "./deleteListeners";
import { modifyTcpListenerAttribute } from "./modifyTcpListenerAttribute";
import { modifyUdpListenerAttribute } from "./modifyUdpListenerAttribute";
import { removeRealServers } from "./removeRealServers";

/** The GAAP TCP/UDP listener and origin-server actions (issue 16), spread into the registry's ACTIONS. */
export const GAAP_LISTENER_ACTIONS = [
  createTcpListeners,
  createUdpListeners,
  modifyTcpListenerAttribute,
  modifyUdpListenerAttribute,
  deleteListeners,
  addRealServers,
  removeRealServers,
  bindListenerRealServers,
] as const;
