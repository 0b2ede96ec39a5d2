import * as http from "node:http";
import type { AddressInfo } from "node:net";

/** What reached the relay: the API's own headers and the JSON body, as tccli sent them. */
export interface Arrived {
  action?: string;
  version?: string;
  region?: string;
  body: unknown;
}

/** A recording relay on 127.0.0.1: every request is noted, then passed on to the sandbox unchanged (Host included). */
export async function startRelay(target: string): Promise<{ port: number; arrived: Arrived[]; close(): Promise<void> }> {
  const arrived: Arrived[] = [];
  const [host, port] = target.split(":") as [string, string];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks);
      const header = (name: string) => (typeof req.headers[name] === "string" ? (req.headers[name] as string) : undefined);
      let body: unknown;
      try {
        body = JSON.parse(raw.toString("utf8"));
      } catch {
        body = raw.toString("utf8");
      }
      arrived.push({ action: header("x-tc-action"), version: header("x-tc-version"), region: header("x-tc-region"), body });
      const forward = http.request({ host, port: Number(port), method: req.method, path: req.url, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      forward.on("error", () => res.writeHead(502).end());
      forward.end(raw);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    arrived,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
