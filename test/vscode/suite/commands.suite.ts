import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { COMMANDS } from "../../../src/extension/constants";
import { requestTemplatePattern } from "../../e2e/support/requestTemplatePattern";
import { vscodeTest } from "./vscodeTest";

// What Refresh shows is checked where the tree can be seen: test/e2e/flows/palette.flow.ts renames a proxy in the
// sandbox and waits for the new name and a new listing. Here: the command exists once activated and completes.
vscodeTest("Refresh is registered and completes", async () => {
  assert.ok((await vscode.commands.getCommands(true)).includes(COMMANDS.refresh), `${COMMANDS.refresh} is not registered`);
  assert.equal(await vscode.commands.executeCommand(COMMANDS.refresh), undefined);
});

vscodeTest("New CreateProxy Request opens a CreateProxy request", async () => {
  await vscode.commands.executeCommand(COMMANDS.newCreateProxyRequest);
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor, "no editor was opened");
  assert.match(editor.document.getText(), requestTemplatePattern("CreateProxy"));
});
