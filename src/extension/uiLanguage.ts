import * as vscode from "vscode";
import type { Language } from "../core/messages/formatFinding";

/** The core's wording language for VS Code's display language. */
export const uiLanguage = (): Language => (vscode.env.language.toLowerCase().startsWith("zh") ? "zh-cn" : "en");
