import type { GaapClient } from "../client/gaapClient";
import type { CreateTcpListenersRequest, CreateUdpListenersRequest, RealServerBinding } from "../client/gaapListenerTypes";
import { ownerScope } from "../client/listenerOwner";
import { collectPages } from "../client/pageStream";
import type { ListenerStepsCloud } from "./listenerWithOrigins";

const options = (signal?: AbortSignal) => (signal ? { signal } : {});

/** The steps of a listener with origins, through the GAAP listener client (queued per proxy, creates never resent). */
export function cloudListenerSteps(gaap: Pick<GaapClient, "listeners">): ListenerStepsCloud {
  const l4 = gaap.listeners;
  return {
    createListeners: async (protocol, request, signal) => {
      const out =
        protocol === "TCP"
          ? await l4.createTcpListeners(request as unknown as CreateTcpListenersRequest, options(signal))
          : await l4.createUdpListeners(request as unknown as CreateUdpListenersRequest, options(signal));
      return { listenerIds: out.listenerIds, requestId: out.requestId };
    },
    findListeners: async (protocol, owner, name, ports, signal) => {
      const listed = await collectPages(l4.listListeners(protocol, ownerScope(owner), {}, options(signal)));
      const ids = ports.map((port) => listed.find((l) => l.Port === port && l.ListenerName === name)?.ListenerId);
      return ids.every((id): id is string => typeof id === "string") ? ids : undefined;
    },
    waitListener: async (protocol, listenerId, signal) => {
      await l4.waitForListener(protocol, listenerId, "running", options(signal));
    },
    bind: async (listenerId, set, owner, signal) => {
      const out = await l4.bindListenerRealServers(
        { ListenerId: listenerId, RealServerBindSet: set as RealServerBinding[] },
        { ...options(signal), ...(owner.groupId !== undefined ? { groupId: owner.groupId } : { proxyId: owner.proxyId }) },
      );
      return { requestId: out.requestId };
    },
  };
}
