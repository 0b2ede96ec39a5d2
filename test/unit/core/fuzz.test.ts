import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { performance } from "node:perf_hooks";
import { formatFinding } from "../../../src/core/messages/formatFinding";
import { validateDocument } from "../../../src/core/validation/validateDocument";
import { mutatedDocuments } from "./documentBuilders";

describe("fuzz", () => {
  it("10,000 generated and mutated documents never throw, and every finding is placed and worded", () => {
    const docs = mutatedDocuments(10_000, 20261123);
    const times: number[] = [];
    for (const text of docs) {
      const start = performance.now();
      const { findings } = validateDocument(text);
      times.push(performance.now() - start);
      for (const f of findings) {
        assert.ok(f.offset >= 0 && f.offset + f.length <= text.length, `range inside the text: ${f.code}`);
        assert.notEqual(formatFinding(f, "en"), f.code, `worded: ${f.code}`);
        assert.notEqual(formatFinding(f, "zh-cn"), f.code, `worded in Chinese: ${f.code}`);
      }
    }
    times.sort((a, b) => a - b);
    const pct = (p: number) => times[Math.floor((times.length - 1) * p)]!.toFixed(3);
    // Reported, not asserted: speed is measured by `npm run bench`.
    console.log(`fuzz: ${docs.length} documents; ms per document p50 ${pct(0.5)}, p99 ${pct(0.99)}, max ${pct(1)}`);
  });
});
