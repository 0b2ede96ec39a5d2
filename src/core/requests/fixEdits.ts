import { findNodeAtLocation, modify, parseTree, type Edit, type Node } from "jsonc-parser";
import type { FixHint } from "../validation/finding";
import { fromPointer } from "../validation/pointer";

export interface TextEdit {
  offset: number;
  length: number;
  content: string;
}

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: "\n" } };

const segments = (pointer: string) => fromPointer(pointer).map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));

function propertyOf(root: Node, pointer: string): Node | undefined {
  const node = findNodeAtLocation(root, segments(pointer));
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
      const node = findNodeAtLocation(root, segments(path));
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
