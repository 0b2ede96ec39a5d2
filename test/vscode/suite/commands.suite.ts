import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { COMMANDS } from "../../../src/extension/constants";
import { requestTemplatePattern } from "../../e2e/support/requestTemplatePattern";
import { vscodeTest } from "./vscodeTest";

vscodeTest("Refresh runs", async () => {
  await vscode.commands.executeCommand(COMMANDS.refresh);
});

vscodeTest("New CreateProxy Request opens a CreateProxy request", async () => {
  await vscode.commands.executeCommand(COMMANDS.newCreateProxyRequest);
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor, "no editor was opened");
  assert.match(editor.document.getText(), requestTemplatePattern("CreateProxy"));
});
