import type { IncomingMessage } from "node:http";
import { ApiError } from "../apiError";
import { reason } from "../errorMessages";

/** The API's limit for a POST body. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** How many bodies, and how many bytes of them, the sandbox buffers at once, and how long one may take to arrive. */
export interface BodyLimits {
  /** Bodies being read at the same time; one more answers ServiceUnavailable. Default 32. */
  maxConcurrentBodies: number;
  /** Bytes held by bodies still arriving, all requests together; more answers ServiceUnavailable. Default 64 MiB. */
  maxBufferedBytes: number;
  /** From the end of the headers to the end of the body; later answers InvalidRequest. Default 30 000 ms. */
  bodyTimeoutMs: number;
}

export const DEFAULT_BODY_LIMITS: BodyLimits = { maxConcurrentBodies: 32, maxBufferedBytes: 64 * 1024 * 1024, bodyTimeoutMs: 30_000 };

const busy = (en: string, zh: string) => new ApiError("ServiceUnavailable", reason(en, zh));

/**
 * Reads request bodies within shared bounds, so that half-sent or never-ending bodies cannot hold memory or a
 * slot forever: a body that passes a limit is dropped at once (its bytes released) and answered with the API's code.
 */
export class BodyBudget {
  private reading = 0;
  private buffered = 0;

  constructor(private readonly limits: BodyLimits) {}

  /** Bytes held right now by bodies still arriving (for tests and the README's figures). */
  get bufferedBytes(): number {
    return this.buffered;
  }

  get bodiesInFlight(): number {
    return this.reading;
  }

  read(req: IncomingMessage): Promise<Buffer> {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > MAX_BODY_BYTES) return Promise.reject(new ApiError("RequestSizeLimitExceeded", { limit: MAX_BODY_BYTES }));
    if (req.complete && req.readableLength === 0) return Promise.resolve(Buffer.alloc(0));
    if (this.reading >= this.limits.maxConcurrentBodies) {
      return Promise.reject(busy(`more than ${this.limits.maxConcurrentBodies} request bodies are arriving at once`, `同时接收的请求体超过 ${this.limits.maxConcurrentBodies} 个`));
    }
    if (this.buffered + declared > this.limits.maxBufferedBytes) return Promise.reject(this.tooManyBytes());
    this.reading++;
    return new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let settled = false;
      const finish = (error: ApiError | undefined) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        req.off("data", onData).off("end", onEnd).off("error", onError).off("close", onClose);
        this.reading--;
        this.buffered -= size;
        if (error) {
          // Stop reading what is left; the reply closes the connection (see handleRequest).
          req.pause();
          reject(error);
        } else resolve(Buffer.concat(chunks, size));
      };
      const onData = (chunk: Buffer) => {
        if (size + chunk.length > MAX_BODY_BYTES) return finish(new ApiError("RequestSizeLimitExceeded", { limit: MAX_BODY_BYTES }));
        if (this.buffered + chunk.length > this.limits.maxBufferedBytes) return finish(this.tooManyBytes());
        chunks.push(chunk);
        size += chunk.length;
        this.buffered += chunk.length;
      };
      const onEnd = () => finish(undefined);
      const onError = () => finish(new ApiError("InvalidRequest", reason("the request body was cut off", "请求体不完整")));
      const onClose = () => finish(new ApiError("InvalidRequest", reason("the connection closed before the body ended", "请求体未传完连接即已关闭")));
      const seconds = Math.round(this.limits.bodyTimeoutMs / 100) / 10;
      const timer = setTimeout(
        () => finish(new ApiError("InvalidRequest", reason(`the request body did not arrive within ${seconds} s`, `请求体未在 ${seconds} 秒内传完`))),
        this.limits.bodyTimeoutMs,
      );
      req.on("data", onData).on("end", onEnd).on("error", onError).on("close", onClose);
    });
  }

  private tooManyBytes(): ApiError {
    const mb = Math.round(this.limits.maxBufferedBytes / 1024 / 1024);
    return busy(`request bodies in flight already hold ${mb} MB`, `正在接收的请求体已占用 ${mb} MB`);
  }
}
