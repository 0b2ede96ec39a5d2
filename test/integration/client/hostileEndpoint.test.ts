import { strict as assert } from "node:assert";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { MAX_ANSWER_BYTES } from "../../../src/core/client/answerCap";
import { createCloud, type Cloud } from "../../../src/core/client/createCloud";
import { ApiError } from "../../../src/core/errors/apiError";
import { explainApiError } from "../../../src/core/errors/explainError";
import { figure } from "./sandboxCloud";

type Answer = (res: http.ServerResponse) => void;

/** A server on loopback that answers every request with whatever the test set last, counting requests. */
async function hostileServer() {
  let answer: Answer = (res) => res.end("{}");
  let requests = 0;
  const server = http.createServer((req, res) => {
    requests++;
    req.resume();
    req.on("end", () => answer(res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    answerWith(a: Answer) {
      answer = a;
      requests = 0;
    },
    get requests() {
      return requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const json = (body: unknown): Answer => (res) => {
  res.setHeader("Content-Type", "application/json");
  res.end(JSON.stringify(body));
};

async function failure(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof ApiError, `an ApiError, not ${String(e)}`);
    return e;
  }
  assert.fail("expected a failure");
}

describe("a hostile endpoint cannot crash, freeze or flood the client", () => {
  let server: Awaited<ReturnType<typeof hostileServer>>;
  let cloud: Cloud;
  before(async () => {
    server = await hostileServer();
    cloud = createCloud({
      credential: { secretId: "AKIDhostiletest00000", secretKey: "hostile-test-secret" },
      endpoint: { kind: "sandbox", host: server.host },
      retry: { baseDelayMs: 1, maxDelayMs: 1 },
    });
  });
  after(async () => {
    cloud.close();
    await server.close();
  });

  it("stops reading an endless answer at the cap, says so, and does not ask again", async () => {
    // 64 KiB chunks of a JSON string that never closes, with no Content-Length: only counting can stop it.
    const chunk = Buffer.alloc(64 * 1024, "a");
    let sent = 0;
    server.answerWith((res) => {
      res.setHeader("Content-Type", "application/json");
      res.write('{"Response":{"RequestId":"');
      const pump = () => {
        while (!res.destroyed && sent < 100 * MAX_ANSWER_BYTES) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
      };
      res.on("error", () => {});
      pump();
    });
    const heapBefore = process.memoryUsage().heapUsed;
    const e = await failure(cloud.gaap.destRegions());
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
    assert.equal(e.code, "ClientError.AnswerTooLarge");
    assert.equal(e.retryable, false);
    assert.equal(server.requests, 1, "not retried");
    assert.ok(sent < 4 * MAX_ANSWER_BYTES, `stopped after ${sent} bytes`);
    figure("endless answer: bytes sent before the client hung up", sent);
    figure("endless answer: heap growth", `${Math.round(heapGrowth / 1e6)} MB`);
    const en = explainApiError(e, "en");
    assert.match(en.what, new RegExp(`answer from ${server.host} to DescribeDestRegions is larger than ${MAX_ANSWER_BYTES} bytes`));
    assert.match(explainApiError(e, "zh-cn").what, /应答超过/);
  });

  it("refuses a declared 600 MB answer before reading it", async () => {
    server.answerWith((res) => {
      res.writeHead(200, { "Content-Type": "application/json", "Content-Length": String(600 * 1024 * 1024) });
      res.on("error", () => {});
      res.write('{"Response":{');
    });
    const e = await failure(cloud.gaap.destRegions());
    assert.equal(e.code, "ClientError.AnswerTooLarge");
    assert.equal(server.requests, 1);
  });

  it("refuses a compressed answer, whose unpacked size nothing bounds", async () => {
    server.answerWith((res) => {
      res.writeHead(200, { "Content-Type": "application/json", "Content-Encoding": "gzip" });
      res.end(gzipSync(Buffer.from(JSON.stringify({ Response: { RequestId: "r", DestRegionSet: [] } }))));
    });
    const e = await failure(cloud.gaap.destRegions());
    assert.deepEqual([e.code, e.details?.field, e.details?.value], ["ClientError.MalformedAnswer", "Content-Encoding", "gzip"]);
    assert.equal(server.requests, 1);
  });

  it("explains an answer that is not an API reply, once", async () => {
    server.answerWith((res) => res.end("<html>captive portal</html>"));
    const html = await failure(cloud.gaap.destRegions());
    assert.deepEqual([html.code, html.retryable], ["ClientError.InvalidResponse", false]);
    assert.equal(server.requests, 1);

    server.answerWith(json({ Response: "just a string" }));
    const str = await failure(cloud.gaap.destRegions());
    assert.deepEqual([str.code, str.details?.field, str.details?.value], ["ClientError.MalformedAnswer", "Response", "string"]);
    assert.equal(server.requests, 1);
  });

  it("reports an answer cut off midway at once as a network failure, not after the timeout", async () => {
    server.answerWith((res) => {
      res.writeHead(200, { "Content-Type": "application/json", "Content-Length": "1000" });
      res.write('{"Response":{');
      setTimeout(() => res.socket?.destroy(), 10);
    });
    const started = Date.now();
    const e = await failure(cloud.gaap.destRegions());
    assert.deepEqual([e.code, e.retryable], ["ClientError.NetworkError", true]);
    assert.ok(Date.now() - started < 5_000, `${Date.now() - started} ms`);
  });

  it("ends a listing claiming a billion items after one page, naming the endpoint", async () => {
    const page = Array.from({ length: 100 }, (_, i) => ({ ProxyId: `link-${i}` }));
    server.answerWith(json({ Response: { RequestId: "rid-big", TotalCount: 1e9, ProxySet: page } }));
    const started = Date.now();
    const e = await failure(cloud.gaap.listProxies().next());
    assert.equal(e.code, "ClientError.ListingTooLong");
    assert.equal(server.requests, 1);
    assert.ok(Date.now() - started < 5_000);
    assert.match(explainApiError(e, "en").what, new RegExp(`${server.host} says DescribeProxies lists 1000000000 items`));
  });

  it("treats TotalCount 1e308 as a malformed answer, not a count", async () => {
    server.answerWith((res) => {
      res.setHeader("Content-Type", "application/json");
      res.end(`{"Response":{"RequestId":"rid-huge","TotalCount":1e308,"ProxySet":[]}}`);
    });
    const e = await failure(cloud.gaap.listProxies().next());
    assert.deepEqual([e.code, e.details?.field, e.requestId], ["ClientError.MalformedAnswer", "TotalCount", "rid-huge"]);
    assert.equal(server.requests, 1);
  });
});
