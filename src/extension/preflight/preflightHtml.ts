import { randomBytes } from "node:crypto";
import * as vscode from "vscode";

/** Where the panel's two files live inside the extension; also its `localResourceRoots`. */
export const webviewRoots = (extensionUri: vscode.Uri): vscode.Uri[] => [vscode.Uri.joinPath(extensionUri, "dist", "webview"), vscode.Uri.joinPath(extensionUri, "media")];

/**
 * The panel's page: no inline script or style, nothing from outside the extension, and a fresh nonce on the one
 * script and the one stylesheet. The content is built by the script, as text, from the messages it receives.
 */
export function preflightHtml(webview: vscode.Webview, extensionUri: vscode.Uri, lang: string): string {
  const nonce = randomBytes(18).toString("base64");
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, "dist", "webview", "preflight.js"));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, "media", "preflight.css"));
  // Nothing else is needed: no images, no fonts (the controls use none without icons), no connections.
  const csp = ["default-src 'none'", `script-src 'nonce-${nonce}'`, `style-src 'nonce-${nonce}'`].join("; ");
  return `<!DOCTYPE html>
<html lang="${lang === "zh-cn" ? "zh-CN" : "en"}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" nonce="${nonce}" href="${style}">
</head>
<body>
<main id="app" aria-live="polite"></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
