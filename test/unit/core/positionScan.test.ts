import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { parseTree, type Node } from "jsonc-parser";
import { LineIndex } from "../../../src/core/validation/locate";
import { scanPositions } from "../../../src/core/validation/positionScan";
import { toPointer } from "../../../src/core/validation/pointer";
import { mutatedDocuments, random } from "./documentBuilders";

interface Expected {
  kind: string;
  offset: number;
  length: number;
  key?: { offset: number; length: number };
}

/** Every value's pointer and span, from jsonc-parser's tree: the oracle the hand-written scanner must agree with. */
function treeSpans(root: Node): Map<string, Expected> {
  const out = new Map<string, Expected>();
  const walk = (node: Node, segments: string[], key?: Node) => {
    const kind = node.type === "object" || node.type === "array" ? node.type : "value";
    out.set(toPointer(segments), { kind, offset: node.offset, length: node.length, ...(key ? { key: { offset: key.offset, length: key.length } } : {}) });
    if (node.type === "object") {
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k && v) walk(v, [...segments, String(k.value)], k);
      }
    } else if (node.type === "array") (node.children ?? []).forEach((child, i) => walk(child, [...segments, String(i)]));
  };
  walk(root, []);
  return out;
}

describe("scanPositions", () => {
  it("places every value and key of valid documents exactly where jsonc-parser's tree does", () => {
    const docs = mutatedDocuments(3000, 7).filter((t) => {
      try {
        JSON.parse(t);
        return true;
      } catch {
        return false;
      }
    });
    assert.ok(docs.length > 500, `enough valid documents (${docs.length})`);
    let compared = 0;
    for (const text of docs) {
      const root = parseTree(text, [], { disallowComments: true });
      assert.ok(root);
      const expected = treeSpans(root);
      // A key given twice: both the walk above and the scanner keep the later one's spans (document order).
      const { spans } = scanPositions(text, new Set(expected.keys()));
      assert.equal(spans.size, expected.size, text.slice(0, 200));
      for (const [pointer, span] of expected) {
        assert.deepEqual(spans.get(pointer), span, `${pointer} in ${text.slice(0, 200)}`);
        compared++;
      }
    }
    assert.ok(compared > 10_000, `compared ${compared} spans`);
  });

  it("reports keys given twice in one object, with the later key's position", () => {
    const text = '{\n  "A": 1,\n  "B": {"x": 1, "x": 2},\n  "A": 3\n}';
    const { duplicates } = scanPositions(text, new Set([""]));
    assert.deepEqual(
      duplicates.map((d) => [d.pointer, text.slice(d.offset, d.offset + d.length)]),
      [
        ["/B/x", '"x"'],
        ["/A", '"A"'],
      ],
    );
  });

  it("reads escaped keys and strings with escaped quotes", () => {
    const text = '{"a\\u002Fb": "say \\"hi\\" \\\\", "c~d": [1, "x\\\\"]}';
    const { spans } = scanPositions(text, new Set(["", "/a~1b", "/c~0d", "/c~0d/1"]));
    assert.equal(text.slice(spans.get("/a~1b")!.offset, spans.get("/a~1b")!.offset + spans.get("/a~1b")!.length), '"say \\"hi\\" \\\\"');
    assert.deepEqual(spans.get("/c~0d/1"), { kind: "value", offset: text.indexOf('"x'), length: 5 });
  });

  it("never throws on text mid-typing and keeps every span inside the text", () => {
    const rand = random(99);
    const docs = mutatedDocuments(2000, 11).map((t) => t.slice(0, rand.int(t.length + 1)));
    docs.push('{"a": "unclosed\n, "b": [1, 2', "/* c */ {// x\n\"k\": 1}", "}}]]", '"', "", "{[}]", '{"x": tru');
    for (const text of docs) {
      const tree = parseTree(text, [], { allowTrailingComma: true });
      const wanted = tree ? new Set(treeSpans(tree).keys()) : new Set([""]);
      const { spans } = scanPositions(text, wanted);
      for (const [pointer, s] of spans) assert.ok(s.offset >= 0 && s.offset + s.length <= text.length, `${pointer} inside ${JSON.stringify(text)}`);
    }
  });
});

describe("LineIndex", () => {
  it("gives the same positions for LF, CRLF and CR line ends", () => {
    for (const eol of ["\n", "\r\n", "\r"]) {
      const text = ["{", '  "a": 1,', '  "b": 2', "}"].join(eol);
      const index = new LineIndex(text);
      assert.deepEqual(index.position(text.indexOf('"b"')), { line: 2, character: 2 }, JSON.stringify(eol));
      assert.deepEqual(index.position(text.length), { line: 3, character: 1 });
      assert.deepEqual(index.position(0), { line: 0, character: 0 });
    }
  });
});
