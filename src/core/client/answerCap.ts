import { AsyncLocalStorage } from "node:async_hooks";
import type * as http from "node:http";

/**
 * The largest answer read. The biggest a real reply gets is a page of 1,000 L4 proxies, well under 2 MB; an
 * endpoint sending more is broken or hostile, and the SDK (node-fetch, then JSON.parse) would hold about six times
 * the body in memory at once.
 */
export const MAX_ANSWER_BYTES = 8 * 1024 * 1024;

/** Why an answer was cut off before it was read. */
export type AnswerRefusal =
  | { reason: "size"; bytes: number; limit: number }
  /** Compressed answers are refused (the client asks for identity), since their unpacked size cannot be bounded here. */
  | { reason: "encoding"; value: string }
  /** An event stream would be handed back unread by the SDK and kept open. */
  | { reason: "content-type"; value: string };

export interface AnswerWatch {
  refusal?: AnswerRefusal;
}

const watches = new AsyncLocalStorage<AnswerWatch>();

/**
 * Runs one SDK request so that an answer the capped agent refuses during it is recorded in `watch`: the SDK turns
 * the destroyed request into an error of its own, whose message is all that is left of why.
 */
export const watchAnswer = <T>(watch: AnswerWatch, send: () => Promise<T>): Promise<T> => watches.run(watch, send);

const header = (res: http.IncomingMessage, name: string): string => {
  const v = res.headers[name];
  return (Array.isArray(v) ? v.join(",") : (v ?? "")).trim().toLowerCase();
};

/**
 * Caps every answer received through `agent`: a declared or actual body over `maxBytes`, a compressed body, or
 * an event stream ends the request before the SDK buffers it. The SDK gives no hook for this; the agent is the
 * one part of its HTTP path the project owns, and `addRequest` sees each request before node-fetch listens to it.
 */
export function capAnswers<A extends http.Agent>(agent: A, maxBytes = MAX_ANSWER_BYTES): A {
  const inner = agent as unknown as { addRequest(req: http.ClientRequest, options: unknown): void };
  const addRequest = inner.addRequest.bind(agent);
  inner.addRequest = (req, options) => {
    const watch = watches.getStore();
    req.once("response", (res: http.IncomingMessage) => {
      let refused = false;
      const refuse = (refusal: AnswerRefusal) => {
        if (refused) return;
        refused = true;
        if (watch) watch.refusal = refusal;
        req.destroy(new Error(`answer refused (${refusal.reason})`));
      };
      const encoding = header(res, "content-encoding");
      if (encoding !== "" && encoding !== "identity") return refuse({ reason: "encoding", value: encoding.slice(0, 40) });
      const type = header(res, "content-type");
      if (type.startsWith("text/event-stream")) return refuse({ reason: "content-type", value: type.slice(0, 40) });
      const declared = Number(header(res, "content-length"));
      if (declared > maxBytes) return refuse({ reason: "size", bytes: declared, limit: maxBytes });
      // node-fetch pipes the answer on without its errors, so an answer cut off midway would hang until the
      // timeout. The request has already closed by then; its "error" listener (node-fetch's) ends the body.
      res.once("error", (err) => {
        if (req.listenerCount("error") > 0) req.emit("error", err);
      });
      let bytes = 0;
      res.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes > maxBytes) refuse({ reason: "size", bytes, limit: maxBytes });
      });
    });
    addRequest(req, options);
  };
  return agent;
}
