import type * as vscode from "vscode";
import { REQUEST_FILE_SUFFIX } from "../constants";

/** A `*.tcreq.json` file, saved or untitled. */
export const isRequestDocument = (doc: vscode.TextDocument): boolean => doc.uri.path.endsWith(REQUEST_FILE_SUFFIX);
