import type { IncomingMessage } from "node:http";

/** The API's limit for a POST body. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** The whole body, or `undefined` once it passes `limit` bytes (the rest is not kept). */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooBig = true;
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(tooBig ? undefined : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
