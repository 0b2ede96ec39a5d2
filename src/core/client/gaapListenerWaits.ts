import { ApiError } from "../errors/apiError";
import { clientError } from "./clientError";
import type { GaapListenerClient } from "./gaapListenerClient";
import { LISTENER_STATUS, LISTENER_TRANSITIONAL, type GaapListenerProtocol, type ListenerWaitTarget, type TcpListener, type UdpListener } from "./gaapListenerTypes";
import { pollUntil, type WaitContext } from "./poll";

/** A listener just created may not be listed yet; only this many looks in a row without it mean it is gone. */
const MISSING_LOOKS = 3;

/** Terraform (PR #474) reads `InvalidParameter` "ListenerId(…) Not Exist." as a listener already deleted. */
export const isListenerGone = (e: unknown): boolean =>
  e instanceof ApiError && (e.code === "ResourceNotFound" || (e.code === "InvalidParameter" && /not\s*exist/i.test(e.message.slice(0, 300))));

const NAMES = ["running", "creating", "destroying", "origins adjusting", "config changing"];
const statusName = (s: number | undefined): string => (s !== undefined && Number.isInteger(s) && s >= 0 && s < NAMES.length ? NAMES[s]! : String(s));

/**
 * Describe{TCP,UDP}Listeners by ListenerId until ListenerStatus is 0 (running) or the listener is gone. 1–4 are
 * passing states; any other value is ClientError.UnexpectedStatus, as is "gone" when waiting for running.
 */
export async function waitForGaapListener(
  listeners: GaapListenerClient,
  protocol: GaapListenerProtocol,
  listenerId: string,
  target: ListenerWaitTarget,
  ctx: WaitContext,
): Promise<TcpListener | UdpListener | undefined> {
  const call = ctx.signal ? { signal: ctx.signal } : {};
  const action = protocol === "TCP" ? "DescribeTCPListeners" : "DescribeUDPListeners";
  const resource = `listener ${listenerId}`;
  const unexpected = (status: string) => clientError({ code: "ClientError.UnexpectedStatus", action, service: "gaap", details: { resource, target, status } });
  let missing = 0;
  return pollUntil<TcpListener | UdpListener | undefined>(
    async () => {
      let found: TcpListener | UdpListener | undefined;
      try {
        found = await listeners.findListener(protocol, listenerId, call);
      } catch (e) {
        if (!isListenerGone(e)) throw e;
        found = undefined;
      }
      if (!found) {
        if (target === "gone") return { done: true, value: undefined };
        if (++missing >= MISSING_LOOKS) throw unexpected("gone");
        return { done: false, status: "not listed" };
      }
      missing = 0;
      const s = found.ListenerStatus;
      if (target === "running" && s === LISTENER_STATUS.running) return { done: true, value: found };
      if (s !== undefined && LISTENER_TRANSITIONAL.has(s)) return { done: false, status: statusName(s) };
      // Running while waiting for it to go: a delete that has not started yet is still passing, for a while.
      if (target === "gone" && s === LISTENER_STATUS.running) return { done: false, status: statusName(s) };
      throw unexpected(statusName(s));
    },
    { ...ctx, service: "gaap", action, resource, target },
  );
}
