import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { performance } from "node:perf_hooks";
import { formatFinding } from "../../../src/core/messages/formatFinding";
import { validateDocument } from "../../../src/core/validation/validateDocument";
import { DOCUMENT_LIMITS } from "../../../src/core/validation/documentLimits";
import { mutatedDocuments } from "./documentBuilders";
import { heapAfterGc, HOSTILE_SHAPES } from "./hostileShapes";

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

  it("a hostile corpus of about 1 MB per document never throws and gives a bounded list", () => {
    const figures: string[] = [];
    for (const [shape, build] of Object.entries(HOSTILE_SHAPES)) {
      let n = 1000;
      while (build(n * 2).length <= 1_000_000) n *= 2;
      const text = build(n);
      const heapBefore = heapAfterGc();
      const start = performance.now();
      const { findings } = validateDocument(text);
      const ms = performance.now() - start;
      const heap = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
      assert.ok(findings.length > 0 && findings.length <= DOCUMENT_LIMITS.maxFindings + 1, `${shape}: ${findings.length} findings`);
      for (const f of findings) assert.ok(f.offset >= 0 && f.offset + f.length <= text.length, `${shape}: range of ${f.code}`);
      figures.push(`${shape} ${(text.length / 1e6).toFixed(2)} MB: ${ms.toFixed(0)} ms, heap grown by ${heap.toFixed(0)} MB (garbage included), ${findings.length} findings`);
    }
    // Reported, not asserted: `npm run bench` measures; the linear-work test in hostileValidation asserts.
    console.log(`fuzz, hostile corpus:\n  ${figures.join("\n  ")}`);
  });
});
