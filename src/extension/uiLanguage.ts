import * as vscode from "vscode";
import { languageOf, type Language } from "../core/messages/language";

/** The core's wording language for VS Code's display language (zh-TW and zh-HK get English: see languageOf). */
export const uiLanguage = (): Language => languageOf(vscode.env.language);
