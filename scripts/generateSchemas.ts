// Run by esbuild.js after bundling: writes the request-file JSON Schemas into dist/schema.
import * as fs from "node:fs";
import * as path from "node:path";
import { requestFileSchema } from "../src/core/schema/requestFileSchema";

export function main(distDir: string): void {
  const dir = path.join(distDir, "schema");
  fs.mkdirSync(dir, { recursive: true });
  const write = (name: string, schema: object) => fs.writeFileSync(path.join(dir, name), JSON.stringify(schema, null, 1) + "\n");
  write("tcreq.schema.json", requestFileSchema("en", { validating: false }));
  write("tcreq.schema.zh-cn.json", requestFileSchema("zh-cn", { validating: false }));
  write("tcreq.full.schema.json", requestFileSchema("both", { validating: true }));
}
