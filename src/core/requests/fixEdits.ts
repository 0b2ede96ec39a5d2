import { modify, parseTree, type Edit, type Node } from "jsonc-parser";
import type { FixHint } from "../validation/finding";
import { fromPointer } from "../validation/pointer";

export interface TextEdit {
  offset: number;
  length: number;
  content: string;
}

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: "\n" } };

const segments = (pointer: string) => fromPointer(pointer).map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));

/**
 * The node at a path; of two equal keys the later one, which JSON.parse keeps and validation therefore reports on
 * (jsonc-parser's findNodeAtLocation takes the first).
 */
function nodeAt(root: Node, path: readonly (string | number)[]): Node | undefined {
  let node: Node | undefined = root;
  for (const segment of path) {
    if (node.type === "object") {
      let found: Node | undefined;
      for (const prop of node.children ?? []) if (prop.children?.length === 2 && prop.children[0]!.value === String(segment)) found = prop.children[1];
      node = found;
    } else if (node.type === "array" && typeof segment === "number") node = node.children?.[segment];
    else node = undefined;
    if (!node) return undefined;
  }
  return node;
}

function propertyOf(root: Node, pointer: string): Node | undefined {
  const node = nodeAt(root, segments(pointer));
  return node?.parent?.type === "property" ? node.parent : undefined;
}

/**
 * The text edits a quick fix makes to a request file, computed on its text with jsonc-parser so that formatting and
 * everything else in the file stay as the user wrote them.
 */
export function fixEdits(text: string, path: string, fix: FixHint): TextEdit[] {
  const root = parseTree(text);
  if (!root) return [];
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const options = { ...FORMAT, formattingOptions: { ...FORMAT.formattingOptions, eol } };
  const toEdits = (edits: Edit[]) => edits.map((e) => ({ offset: e.offset, length: e.length, content: e.content }));

  switch (fix.kind) {
    case "replace-value": {
      const node = nodeAt(root, segments(path));
      return node ? [{ offset: node.offset, length: node.length, content: JSON.stringify(fix.value) }] : [];
    }
    case "rename-key": {
      const key = propertyOf(root, path)?.children?.[0];
      return key ? [{ offset: key.offset, length: key.length, content: JSON.stringify(fix.to) }] : [];
    }
    case "remove-parameter":
      return toEdits(modify(text, segments(path), undefined, options));
    case "add-parameter": {
      const parent = segments(path).slice(0, -1);
      return toEdits(modify(text, [...parent, fix.name], fix.value, options));
    }
  }
}

/** Applies non-overlapping edits (as jsonc-parser and VS Code produce them). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.content + out.slice(e.offset + e.length);
  return out;
}
