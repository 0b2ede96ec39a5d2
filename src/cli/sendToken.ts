import { createHash, randomUUID } from "node:crypto";
import * as fs from "node:fs";
import { applyEdits, modify } from "jsonc-parser";
import type { RequestParams } from "../core/actions/actionDefinition";
import type { Language } from "../core/messages/language";
import { readRequestFile } from "./readRequestFile";

/** Object keys sorted at every level, so the same request written in another order gives the same text. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v));

/**
 * The ClientToken of a create whose file has none: derived from the request itself (at most 64 ASCII characters),
 * so that sending the same file again (a re-run CI job, a second `tcaccel send`) is answered with what the first
 * send created instead of creating it twice. A different request (another name, size or region) is another token.
 */
export function derivedClientToken(action: string, params: RequestParams): string {
  const { ClientToken: _own, ...rest } = params;
  return `tcaccel-${createHash("sha256").update(canonical({ Action: action, ...rest })).digest("hex").slice(0, 40)}`;
}

export const newClientToken = (): string => randomUUID();

export class FileChangedError extends Error {}

/**
 * Writes `"ClientToken": token` into the request file (`--write-token`), keeping the rest of the text as it is.
 * Only into the text that was checked: a file changed since is not written (FileChangedError), so nothing the
 * user typed meanwhile is lost.
 */
export function writeClientToken(file: string, checkedText: string, token: string, lang: Language): void {
  if (readRequestFile(file, lang) !== checkedText) throw new FileChangedError(file);
  const indent = /\n([ \t]+)"/.exec(checkedText)?.[1] ?? "  ";
  const formattingOptions = { insertSpaces: !indent.startsWith("\t"), tabSize: indent.startsWith("\t") ? 1 : indent.length, eol: checkedText.includes("\r\n") ? "\r\n" : "\n" };
  const edits = modify(checkedText, ["ClientToken"], token, { formattingOptions });
  fs.writeFileSync(file, applyEdits(checkedText, edits));
}
