import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { parseTree, type Node, type ParseError } from "jsonc-parser";
import { fixEdits } from "../../../src/core/requests/fixEdits";
import { jsonPositions } from "../../../src/core/validation/jsonPositions";
import { LineIndex } from "../../../src/core/validation/locate";
import { placeFindings } from "../../../src/core/validation/placeFindings";
import { toPointer } from "../../../src/core/validation/pointer";
import { validateDocument } from "../../../src/core/validation/validateDocument";
import { mutatedDocuments, random } from "./documentBuilders";

/** Every value's pointer in jsonc-parser's tree, walked without recursion; of two equal keys, the later one (as JSON.parse). */
function treePointers(root: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  const stack: [Node, string[]][] = [[root, []]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, segments] = top;
    out.set(toPointer(segments), node);
    if (node.type === "object") {
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k && v) stack.push([v, [...segments, String(k.value)]]);
      }
    } else if (node.type === "array") (node.children ?? []).forEach((child, i) => stack.push([child, [...segments, String(i)]]));
  }
  return out;
}

/** Request files as users have them: plain, with comments, with trailing commas, cut off mid-typing. */
function editorDocuments(): string[] {
  const rand = random(5);
  return mutatedDocuments(1500, 7).flatMap((t) => [
    t,
    t.replace("{", "{ /* note */\n").replace(/,\n/, ", // why\n"),
    t.replace(/(["\d\]}])(\s*)([}\]])/, "$1,$2$3"),
    t.slice(0, rand.int(t.length + 1)),
  ]);
}

describe("one position engine: diagnostics and quick fixes agree", () => {
  it("a finding is placed on exactly the node a quick fix edits, in plain, commented, trailing-comma and broken documents", () => {
    const rand = random(3);
    let compared = 0;
    let jsonc = 0;
    for (const text of editorDocuments()) {
      const errors: ParseError[] = [];
      const root = parseTree(text, errors, { allowTrailingComma: true });
      if (!root) continue;
      if (errors.length) jsonc++;
      const pointers = [...treePointers(root).keys()];
      for (let n = 0; n < 6 && pointers.length; n++) {
        const path = pointers[rand.int(pointers.length)]!;
        const [value, key] = placeFindings(text, [
          { path, severity: "info", code: "x", params: {}, target: "value" },
          { path, severity: "info", code: "x", params: {}, target: "key" },
        ]);
        const replaced = fixEdits(text, path, { kind: "replace-value", value: 0 })[0];
        assert.ok(replaced, `a value at ${path}`);
        assert.deepEqual([value!.offset, value!.length], [replaced.offset, replaced.length], `${path} in ${JSON.stringify(text.slice(0, 300))}`);
        const renamed = fixEdits(text, path, { kind: "rename-key", to: "x" })[0];
        if (renamed) assert.deepEqual([key!.offset, key!.length], [renamed.offset, renamed.length], `key of ${path}`);
        compared++;
      }
    }
    assert.ok(compared > 20_000, `compared ${compared}`);
    assert.ok(jsonc > 1000, `documents with comments or syntax errors: ${jsonc}`);
  });

  it("every fix validation offers edits exactly the range its diagnostic shows", () => {
    let fixes = 0;
    for (const text of mutatedDocuments(3000, 17)) {
      for (const f of validateDocument(text).findings) {
        if (!f.fix || (f.fix.kind !== "replace-value" && f.fix.kind !== "rename-key")) continue;
        const [edit] = fixEdits(text, f.path, f.fix);
        assert.ok(edit, `${f.code} at ${f.path}`);
        assert.deepEqual([edit.offset, edit.length], [f.offset, f.length], `${f.code} at ${f.path} in ${text.slice(0, 300)}`);
        fixes++;
      }
    }
    assert.ok(fixes > 500, `fixes compared: ${fixes}`);
  });

  it("syntax errors are jsonc-parser's, one per place", () => {
    const text = '{"Action": "CreateProxy",, "x": tru}';
    const found = validateDocument(text).findings;
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true });
    const expected = errors.filter((e, i) => i === 0 || errors[i - 1]!.offset !== e.offset).map((e) => e.offset);
    assert.deepEqual(found.map((f) => f.offset), expected);
    assert.ok(found.every((f) => f.code === "json-syntax"));
  });
});

describe("jsonPositions", () => {
  const options = { jsonc: true, maxReported: 100 };

  it("reports keys given twice in one object, with the later key's position and pointer", () => {
    const text = '{\n  "A": 1,\n  "B": {"x": 1, "x": 2},\n  "A": 3\n}';
    const { duplicates, duplicateCount } = jsonPositions(text, new Set(), options);
    assert.equal(duplicateCount, 2);
    assert.deepEqual(
      duplicates.map((d) => [d.pointer, text.slice(d.offset, d.offset + d.length)]),
      [
        ["/B/x", '"x"'],
        ["/A", '"A"'],
      ],
    );
  });

  it("places a key given twice on the later one, as JSON.parse keeps it", () => {
    const text = '{"A": 1, "A": "two"}';
    const { spans } = jsonPositions(text, new Set(["", "/A"]), options);
    assert.equal(text.slice(spans.get("/A")!.offset, spans.get("/A")!.offset + spans.get("/A")!.length), '"two"');
  });

  it("reads escaped keys and strings with escaped quotes", () => {
    const text = '{"a\\u002Fb": "say \\"hi\\" \\\\", "c~d": [1, "x\\\\"]}';
    const { spans } = jsonPositions(text, new Set(["", "/a~1b", "/c~0d", "/c~0d/1"]), options);
    assert.equal(text.slice(spans.get("/a~1b")!.offset, spans.get("/a~1b")!.offset + spans.get("/a~1b")!.length), '"say \\"hi\\" \\\\"');
    assert.deepEqual(spans.get("/c~0d/1"), { kind: "value", offset: text.indexOf('"x'), length: 5 });
  });

  it("never throws on text mid-typing and keeps every span inside the text", () => {
    const docs = editorDocuments();
    docs.push('{"a": "unclosed\n, "b": [1, 2', "/* c */ {// x\n\"k\": 1}", "}}]]", '"', "", "{[}]", '{"x": tru');
    for (const text of docs) {
      const tree = parseTree(text, [], { allowTrailingComma: true });
      const wanted = tree ? new Set(treePointers(tree).keys()) : new Set([""]);
      const { spans } = jsonPositions(text, wanted, options);
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
