/**
 * What a "New <Action> Request" command must put in the editor: a request file naming its action. Shared by the
 * browser flow (which reads the editor's lines) and the @vscode/test-electron suite (which reads the document).
 */
export function requestTemplatePattern(action: string): RegExp {
  return new RegExp(`"Action"\\s*:\\s*"${action}"`);
}
