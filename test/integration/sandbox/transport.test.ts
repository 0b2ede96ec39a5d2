import * as assert from "node:assert/strict";
import * as net from "node:net";
import { describe, it } from "node:test";
import Sign from "tencentcloud-sdk-nodejs/tencentcloud/common/sign";
import type { Sandbox } from "../../../src/sandbox/index";
import { gaapClient, withSandbox } from "./sandboxHarness";

// Issue 12, Deliver 7: the signature headers are checked before the body is read; bodies being read are bounded in
// number, bytes and time; each refusal is the API's own error in its envelope.

const MB = 1024 * 1024;

interface OpenRequest {
  socket: net.Socket;
  /** The reply's error code (undefined for a success), once a whole reply has arrived. */
  reply: Promise<string | undefined>;
  /** Resolves when the sandbox has closed the connection. */
  closed: Promise<void>;
  /** More of the body (framed as a chunk when the plan is chunked). */
  write(bytes: Buffer): void;
}

interface RequestPlan {
  /** The body the headers announce (Content-Length) and sign. */
  declaredBytes: number;
  /** How much of it is actually sent (the rest never comes). */
  sentBytes: number;
  /** Sign with the sandbox's key (default), or send these headers instead. */
  authorization?: string;
  timestamp?: number;
  /** Send without Content-Length, in chunks (`write` then frames each piece): a body of no announced size. */
  chunked?: boolean;
}

/** A POST written to a raw socket, so that a body can stop half way. */
function openRequest(sandbox: Sandbox, plan: RequestPlan): OpenRequest {
  const timestamp = plan.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    Host: sandbox.endpoint,
    "X-TC-Action": "DescribeProxies",
    "X-TC-Version": "2018-05-29",
    "X-TC-Timestamp": String(timestamp),
  };
  const body = Buffer.alloc(plan.declaredBytes, " ");
  if (plan.declaredBytes > 0) body[0] = "{".charCodeAt(0);
  if (plan.declaredBytes > 1) body[plan.declaredBytes - 1] = "}".charCodeAt(0);
  const authorization =
    plan.authorization ??
    Sign.sign3({
      method: "POST", url: `http://${sandbox.endpoint}/`, payload: body, timestamp, service: "127",
      secretId: sandbox.secretId, secretKey: sandbox.secretKey, multipart: false, boundary: "", headers,
    });
  const socket = net.connect(sandbox.port, "127.0.0.1");
  socket.on("error", () => undefined);
  const closed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
  const reply = new Promise<string | undefined>((resolve, reject) => {
    let received = Buffer.alloc(0);
    socket.on("data", (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const split = received.indexOf("\r\n\r\n");
      const length = split < 0 ? null : /content-length: (\d+)/i.exec(received.subarray(0, split).toString("latin1"));
      if (!length || received.length - split - 4 < Number(length[1])) return;
      const body = received.subarray(split + 4, split + 4 + Number(length[1])).toString("utf8");
      const json = JSON.parse(body) as { Response: { Error?: { Code: string }; RequestId: string } };
      assert.ok(json.Response.RequestId, "the reply is in the API's envelope");
      resolve(json.Response.Error?.Code);
    });
    socket.on("close", () => reject(new Error(`closed without a whole reply: ${JSON.stringify(received.subarray(0, 200).toString("utf8"))}`)));
  });
  reply.catch(() => undefined);
  const framing = plan.chunked ? { "Transfer-Encoding": "chunked" } : { "Content-Length": String(plan.declaredBytes) };
  const head = [`POST / HTTP/1.1`, ...Object.entries({ ...headers, Authorization: authorization, ...framing }).map(([k, v]) => `${k}: ${v}`)];
  socket.write(head.join("\r\n") + "\r\n\r\n");
  const write = (bytes: Buffer) => {
    if (plan.chunked) socket.write(`${bytes.length.toString(16)}\r\n`);
    socket.write(bytes);
    if (plan.chunked) socket.write("\r\n");
  };
  if (plan.sentBytes > 0) write(body.subarray(0, plan.sentBytes));
  return { socket, reply, closed, write };
}

/** Waits for a condition the sandbox reaches asynchronously, for at most `ms`. */
async function eventually(what: string, condition: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) assert.fail(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const within = <T>(ms: number, what: string, promise: Promise<T>): Promise<T> =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms))]);

describe("sandbox transport: signature headers first, bounded bodies (issue 12, Deliver 7)", () => {
  it("answers a request that cannot be authentic before its body arrives, holds none of it, and closes", async () => {
    await withSandbox({}, async ({ sandbox }) => {
      const date = new Date().toISOString().slice(0, 10);
      const cases: [string, Partial<RequestPlan>, string][] = [
        ["no Authorization", { authorization: "" }, "AuthFailure.InvalidAuthorization"],
        ["a malformed one", { authorization: "Basic dXNlcjpwYXNz" }, "AuthFailure.InvalidAuthorization"],
        ["an unknown SecretId", { authorization: `TC3-HMAC-SHA256 Credential=AKIDnobody/${date}/127/tc3_request, SignedHeaders=content-type;host, Signature=${"a".repeat(64)}` }, "AuthFailure.SecretIdNotFound"],
        ["an old timestamp", { timestamp: Math.floor(Date.now() / 1000) - 3600 }, "AuthFailure.SignatureExpire"],
      ];
      for (const [what, plan, code] of cases) {
        const request = openRequest(sandbox, { declaredBytes: 10 * MB - 1, sentBytes: 64 * 1024, ...plan });
        assert.equal(await within(2000, what, request.reply), code, what);
        await within(2000, `${what}: the connection is closed`, request.closed);
        assert.equal(sandbox.bodies.bufferedBytes, 0, what);
        assert.equal(sandbox.bodies.bodiesInFlight, 0, what);
      }
    });
  });

  it("refuses a declared body over 10 MB without reading it", async () => {
    await withSandbox({}, async ({ sandbox }) => {
      const request = openRequest(sandbox, { declaredBytes: 10 * MB + 1, sentBytes: 1024 });
      assert.equal(await within(2000, "over 10 MB", request.reply), "RequestSizeLimitExceeded");
      await within(2000, "the connection is closed", request.closed);
    });
  });

  it("caps the bodies read at once: one more answers ServiceUnavailable; they free their slots when they go", async () => {
    await withSandbox({ limits: { maxConcurrentBodies: 3 } }, async ({ sandbox }) => {
      const open = [1, 2, 3].map(() => openRequest(sandbox, { declaredBytes: MB, sentBytes: 1024 }));
      await eventually("three bodies in flight", () => sandbox.bodies.bodiesInFlight === 3);
      const fourth = openRequest(sandbox, { declaredBytes: MB, sentBytes: 1024 });
      assert.equal(await within(2000, "the fourth body", fourth.reply), "ServiceUnavailable");
      for (const request of open) request.socket.destroy();
      await eventually("the slots are free again", () => sandbox.bodies.bodiesInFlight === 0 && sandbox.bodies.bufferedBytes === 0);
      assert.ok((await gaapClient(sandbox).DescribeProxies({ Limit: 1 })).TotalCount);
    });
  });

  it("caps the bytes held by bodies still arriving, all requests together", async () => {
    await withSandbox({ limits: { maxBufferedBytes: 2 * MB } }, async ({ sandbox }) => {
      const first = openRequest(sandbox, { declaredBytes: 1536 * 1024, sentBytes: 1228 * 1024 });
      await eventually("the first body buffered", () => sandbox.bodies.bufferedBytes >= 1228 * 1024);
      // Announced within the cap, but more than is left of it.
      const second = openRequest(sandbox, { declaredBytes: MB, sentBytes: 512 * 1024 });
      assert.equal(await within(2000, "the second body", second.reply), "ServiceUnavailable");
      // A body that grows past what is left, with a small announced length, is dropped as its bytes arrive.
      const growing = openRequest(sandbox, { declaredBytes: 0, sentBytes: 0, chunked: true });
      growing.write(Buffer.alloc(400 * 1024, " "));
      await eventually("the growing body in flight", () => sandbox.bodies.bodiesInFlight === 2);
      growing.write(Buffer.alloc(600 * 1024, " "));
      assert.equal(await within(2000, "the growing body", growing.reply), "ServiceUnavailable");
      assert.ok(sandbox.bodies.bufferedBytes <= 2 * MB, `${sandbox.bodies.bufferedBytes} bytes held`);
      first.socket.destroy();
      await eventually("the bytes are released", () => sandbox.bodies.bufferedBytes === 0);
    });
  });

  it("times out a body that never ends: InvalidRequest, bytes released, connection closed", async () => {
    await withSandbox({ limits: { bodyTimeoutMs: 300 } }, async ({ sandbox }) => {
      const started = Date.now();
      const slow = openRequest(sandbox, { declaredBytes: 4096, sentBytes: 100 });
      assert.equal(await within(3000, "the slow body", slow.reply), "InvalidRequest");
      assert.ok(Date.now() - started >= 250, "not before the timeout");
      await within(2000, "the connection is closed", slow.closed);
      assert.equal(sandbox.bodies.bufferedBytes, 0);
      assert.equal(sandbox.bodies.bodiesInFlight, 0);
    });
  });

  it("still answers a whole, signed body normally (and a wrong signature after reading it)", async () => {
    await withSandbox({ limits: { maxConcurrentBodies: 1, bodyTimeoutMs: 2000 } }, async ({ sandbox }) => {
      const whole = openRequest(sandbox, { declaredBytes: 256 * 1024, sentBytes: 256 * 1024 });
      assert.equal(await within(2000, "a whole body", whole.reply), undefined);
      whole.socket.destroy();
      const date = new Date().toISOString().slice(0, 10);
      const forged = openRequest(sandbox, {
        declaredBytes: 2,
        sentBytes: 2,
        authorization: `TC3-HMAC-SHA256 Credential=${sandbox.secretId}/${date}/127/tc3_request, SignedHeaders=content-type;host, Signature=${"a".repeat(64)}`,
      });
      assert.equal(await within(2000, "a forged signature", forged.reply), "AuthFailure.SignatureFailure");
      forged.socket.destroy();
    });
  });
});
