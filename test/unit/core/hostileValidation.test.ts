import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { ACTIONS } from "../../../src/core/actions/registry";
import { formatFinding } from "../../../src/core/messages/formatFinding";
import { DOCUMENT_LIMITS } from "../../../src/core/validation/documentLimits";
import type { Finding } from "../../../src/core/validation/finding";
import { placeFindings } from "../../../src/core/validation/placeFindings";
import { validateDocument, type ValidationMeter } from "../../../src/core/validation/validateDocument";
import { validateRequestObject } from "../../../src/core/validation/validateRequestObject";
import { heapAfterGc, HOSTILE_SHAPES, inValue, nested } from "./hostileShapes";

const codes = (findings: readonly Finding[]) => findings.map((f) => f.code);

/** Every finding is inside the text and worded in both languages: what a user would see of it. */
function assertUsable(text: string, findings: readonly Finding[]): void {
  for (const f of findings) {
    assert.ok(f.offset >= 0 && f.offset + f.length <= text.length, `range of ${f.code} inside the text`);
    assert.notEqual(formatFinding(f, "en"), f.code, `${f.code} worded in English`);
    assert.notEqual(formatFinding(f, "zh-cn"), f.code, `${f.code} worded in Chinese`);
  }
}


describe("hostile request files", () => {
  it("a 25-byte file with an object for Action or Version gives findings, not an exception", () => {
    for (const text of [`{"Action":{"toString":1}}`, `{"Version":{"toString":1}}`, `{"Action":"CreateProxy","Version":{"toString":1,"valueOf":1}}`]) {
      const { findings } = validateDocument(text);
      assert.ok(findings.some((f) => f.severity === "error"), text);
      assertUsable(text, findings);
    }
    const action = validateDocument(`{"Action":{"toString":1}}`).findings.find((f) => f.path === "/Action");
    assert.equal(action?.code, "invalid-type");
  });

  it("every parameter of every action given an object that cannot become a string gives findings", () => {
    const hostile = { toString: 1, valueOf: 1, length: -1, constructor: 1, __proto__: null };
    for (const action of ACTIONS) {
      for (const name of Object.keys(action.params.shape)) {
        const value = { ...action.template, Action: action.name, [name]: hostile };
        assert.doesNotThrow(() => validateRequestObject(value), `${action.name}.${name}`);
      }
    }
  });

  for (const depth of [5_000, 100_000]) {
    it(`nesting ${depth} levels deep in a value is one "too deep" finding on the bracket past the limit`, () => {
      const text = inValue(nested(depth));
      const { findings } = validateDocument(text);
      assert.deepEqual(codes(findings), ["document-too-deep"]);
      const limitBracket = text.indexOf("[") + DOCUMENT_LIMITS.maxDepth - 1; // the root object is one level
      assert.equal(findings[0]!.offset, limitBracket);
      assertUsable(text, findings);
    });

    it(`${depth} unclosed brackets are one "too deep" finding`, () => {
      const text = "[".repeat(depth);
      assert.deepEqual(codes(validateDocument(text).findings), ["document-too-deep"]);
    });

    it(`a secret check on a value ${depth} levels deep does not recurse`, () => {
      let value: unknown = "AKID" + "x".repeat(16);
      for (let i = 0; i < depth; i++) value = [value];
      const { findings } = validateRequestObject({ Action: "CreateProxy", ProxyName: value });
      assert.ok(findings.some((f) => f.code === "secret-in-file"));
    });
  }

  it("placing findings in a deep document does not recurse", () => {
    const text = nested(100_000);
    const [placed] = placeFindings(text, [{ path: "/0/0", severity: "info", code: "reveal", params: {}, target: "value" }]);
    assert.ok(placed && placed.offset >= 0);
  });

  it("125,000 findings become the first few hundred and one \"… and N more\"", () => {
    // 125,000 unknown parameters: one issue each. (A list that long is cut first: see "long lists".)
    const text = HOSTILE_SHAPES["many unknown parameters"]!(125_000);
    const { findings } = validateDocument(text);
    assert.equal(findings.length, DOCUMENT_LIMITS.maxFindings + 1);
    const more = findings[findings.length - 1]!;
    assert.equal(more.code, "more-findings");
    assert.equal(more.severity, "error");
    assert.ok(Number(more.params.count) >= 125_000 - DOCUMENT_LIMITS.maxFindings, `count ${more.params.count}`);
    assert.match(formatFinding(more, "en"), /more/);
    assertUsable(text, findings);
  });

  it("80 KB of stray words gives bounded syntax findings", () => {
    const text = HOSTILE_SHAPES["stray words"]!(12_000);
    assert.ok(text.length > 80_000);
    const { findings } = validateDocument(text);
    assert.equal(findings.length, DOCUMENT_LIMITS.maxFindings + 1);
    assert.equal(findings[0]!.code, "json-syntax");
    assert.equal(findings[findings.length - 1]!.code, "more-findings");
  });

  it("duplicate keys deep in nesting are reported without a pointer for every key", () => {
    const text = HOSTILE_SHAPES["duplicate keys deep in nesting"]!(40_000);
    const before = heapAfterGc();
    const { findings } = validateDocument(text);
    const dups = findings.filter((f) => f.code === "duplicate-parameter");
    assert.ok(dups.length > DOCUMENT_LIMITS.maxFindings - 20, `${dups.length} listed`);
    assert.equal(dups[0]!.path, `/X${"/k".repeat(20)}/d`);
    const more = findings.at(-1)!;
    assert.equal(more.code, "more-findings");
    assert.ok(dups.length + Number(more.params.count) >= 39_999, "every duplicate listed or counted");
    assert.ok(process.memoryUsage().heapUsed - before < 64e6, "well under 64 MB while the findings are held");
  });

  it("a file above the size limit is one \"too large\" finding, and a 6 MB [[[…]]] leaves no memory behind", () => {
    // heapUsed after a collection wobbles by a few MB once earlier tests have churned the heap, so the least of
    // three rounds is taken: a text held by validation would be in every round.
    const kept: number[] = [];
    for (let round = 0; round < 3; round++) {
      const before = heapAfterGc();
      // Built and validated in a frame of its own, so that only validation could still hold the text afterwards.
      const findings = (() => validateDocument(nested(3_000_000)).findings)();
      assert.deepEqual(codes(findings), ["document-too-large"]);
      // Just under the size limit: read, and too deep.
      assert.deepEqual((() => codes(validateDocument(nested(1_000_000)).findings))(), ["document-too-deep"]);
      assert.match(formatFinding(findings[0]!, "en"), /too large/);
      kept.push(heapAfterGc() - before);
    }
    const least = Math.min(...kept);
    assert.ok(least < 4e6, `nothing kept after the call, not even the 6 MB text (${(least / 1e6).toFixed(1)} MB)`);
  });

  it("a UTF-8 BOM at the start is accepted", () => {
    const text = `\uFEFF{"Action":"DescribeProxies"}`;
    const { findings } = validateDocument(text);
    assert.ok(!findings.some((f) => f.code === "json-syntax"), JSON.stringify(codes(findings)));
  });

  it("UTF-16 read as UTF-8 is one finding naming UTF-16", () => {
    const utf16le = Buffer.from(`{"Action":"DescribeProxies"}`, "utf16le");
    for (const bytes of [utf16le, Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le]), Buffer.from(`{"Action":"DescribeProxies"}`, "utf16le").swap16()]) {
      const text = bytes.toString("utf8");
      const { findings } = validateDocument(text);
      assert.deepEqual(codes(findings), ["utf16-text"]);
      assert.match(formatFinding(findings[0]!, "en"), /UTF-16.*UTF-8/);
      assert.match(formatFinding(findings[0]!, "zh-cn"), /UTF-16.*UTF-8/);
    }
  });

  it("1e309 is a plain \"number too large\"", () => {
    const text = `{"Action":"CheckProxyCreate","AccessRegion":"Guangzhou","RealServerRegion":"Beijing","Bandwidth":1e309,"Concurrent":2}`;
    const f = validateDocument(text).findings.find((x) => x.path === "/Bandwidth");
    assert.equal(f?.code, "number-too-large");
    assert.equal(text.slice(f.offset, f.offset + f.length), "1e309");
    assert.doesNotMatch(formatFinding(f, "en"), /number, not number/);
  });
});

describe("long lists", () => {
  it("166,000 numbers of 1e309 in a TagSet give bounded findings and one 'only the first 1,000 were checked'", () => {
    // Threw RangeError (a spread in the schema library) on Node 24 and took 0.8 s on Node 20.
    const text = `{"Action":"CreateProxy","TagSet":[${"1e309,".repeat(166_000)}1]}`;
    const { findings } = validateDocument(text);
    const long = findings.filter((f) => f.code === "list-too-long-to-check");
    assert.equal(long.length, 1);
    assert.equal(long[0]!.path, "/TagSet");
    assert.equal(long[0]!.params.count, 166_001);
    assert.match(formatFinding(long[0]!, "en"), /166001 entries.*first 1000/);
    assert.ok(findings.length <= DOCUMENT_LIMITS.maxFindings + 1);
    assertUsable(text, findings);
  });

  it("a long list inside a list entry is cut too, and the file's own value is left as written", () => {
    const inner = Array.from({ length: 5_000 }, () => 1);
    const value = { Action: "CreateProxy", TagSet: [{ TagKey: "k", TagValue: "v" }, { TagKey: inner, __proto__: null }] };
    const result = validateRequestObject(JSON.parse(JSON.stringify(value).replace('"__proto__":null,', "")));
    assert.deepEqual(result.findings.filter((f) => f.code === "list-too-long-to-check").map((f) => f.path), ["/TagSet/1/TagKey"]);
    assert.equal((result.params!["TagSet"] as { TagKey: unknown }[])[1]!.TagKey instanceof Array ? ((result.params!["TagSet"] as { TagKey: unknown[] }[])[1]!.TagKey.length) : -1, 5_000, "what would be sent is the file's, uncut");
  });

  it("a \"__proto__\" key above a cut list stays data in the copy the schema reads", () => {
    const text = `{"Action":"CreateProxy","TagSet":[{"__proto__":{"polluted":1},"TagKey":[${"0,".repeat(2_000)}0]}]}`;
    const { findings } = validateDocument(text);
    assert.ok(findings.some((f) => f.code === "list-too-long-to-check"));
    assert.equal(({} as Record<string, unknown>)["polluted"], undefined);
    assert.equal(Object.getPrototypeOf(JSON.parse(text).TagSet[0]), Object.prototype);
  });
});

describe("validation is linear", () => {
  for (const [shape, build] of Object.entries(HOSTILE_SHAPES)) {
    it(`${shape}: 4× the document is at most 4× the work`, () => {
      const limits = { maxFindings: Infinity };
      const work = (n: number) => {
        const meter: ValidationMeter = { steps: 0 };
        const text = build(n);
        validateDocument(text, { limits, meter });
        return { steps: meter.steps, length: text.length };
      };
      const small = work(2_000);
      const large = work(8_000);
      assert.ok(small.steps > 0);
      // Per character of input, the large document costs no more work than the small one (plus slack for constants).
      assert.ok(large.steps / large.length <= (small.steps / small.length) * 1.1 + 0.01, `${shape}: ${JSON.stringify({ small, large })}`);
    });
  }
});
