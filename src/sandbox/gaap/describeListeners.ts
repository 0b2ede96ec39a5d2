import type * as z from "../../core/zod";
import { ApiError } from "../apiError";
import { reason } from "../errorMessages";
import { defineAction, type ActionContext } from "../sandboxAction";
import type { ListenerRecord } from "../state/listenerState";
import { describeHttpsListenersParams, describeListenersParams } from "../validation/listenerSchemas";
import { validateSchema } from "../validation/validateSchema";
import { tcpListener, udpListener } from "./listenerInfo";
import { checkBelongs, listenersOn, requireListener, requireOwner } from "./listenerTargets";

type Params = z.infer<typeof describeListenersParams>;

/** The protocols whose listings are emulated. The sandbox holds no HTTP or HTTPS listener: those lists are empty. */
type DescribedProtocol = "TCP" | "UDP" | "HTTP" | "HTTPS";

/** ProxyId, GroupId or ListenerId selects; ListenerName and Port filter exactly, SearchValue by port or name part. */
function selectListeners(params: Params, protocol: DescribedProtocol, ctx: ActionContext): ListenerRecord[] {
  if (params.SearchValue !== undefined && (params.ListenerName !== undefined || params.Port !== undefined)) {
    throw new ApiError("InvalidParameter", reason("SearchValue cannot be combined with ListenerName or Port", "SearchValue 不能与 ListenerName、Port 同时使用"));
  }
  let list: ListenerRecord[];
  if (params.ListenerId !== undefined) {
    const listener = requireListener(ctx.state.gaapListeners, params.ListenerId);
    checkBelongs(listener, params);
    list = listener.Protocol === protocol ? [listener] : [];
  } else {
    list = listenersOn(ctx.state, requireOwner(ctx.state, params)).filter((l) => l.Protocol === protocol);
  }
  if (params.ListenerName !== undefined) list = list.filter((l) => l.ListenerName === params.ListenerName);
  if (params.Port !== undefined) list = list.filter((l) => l.Port === params.Port);
  const search = params.SearchValue;
  if (search !== undefined && search !== "") list = list.filter((l) => l.ListenerName.includes(search) || String(l.Port).includes(search));
  return list;
}

function describeListenersAction(name: string, protocol: DescribedProtocol) {
  return defineAction({
    name,
    product: "gaap",
    writes: false,
    validate: (body): Params => validateSchema(protocol === "HTTPS" ? describeHttpsListenersParams : describeListenersParams, body),
    handle(params, ctx) {
      // Newest first, as the console lists them; the ID breaks ties so that pages never overlap.
      const sorted = selectListeners(params, protocol, ctx).sort(
        (a, b) => b.sandbox.createdMs - a.sandbox.createdMs || (a.ListenerId < b.ListenerId ? -1 : 1),
      );
      const offset = params.Offset ?? 0;
      const page = sorted.slice(offset, offset + (params.Limit || 20));
      const info = protocol === "TCP" ? tcpListener : udpListener;
      return { TotalCount: sorted.length, ListenerSet: page.map((l) => info(ctx.state.gaapListeners, l)) };
    },
  });
}

export const describeTCPListeners = describeListenersAction("DescribeTCPListeners", "TCP");

export const describeUDPListeners = describeListenersAction("DescribeUDPListeners", "UDP");

// Answered (empty) so that a port check asking every transport-space sharer meets the API's shapes, not InvalidAction.
export const describeHTTPListeners = describeListenersAction("DescribeHTTPListeners", "HTTP");

export const describeHTTPSListeners = describeListenersAction("DescribeHTTPSListeners", "HTTPS");
