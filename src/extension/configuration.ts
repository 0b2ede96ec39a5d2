import * as vscode from "vscode";
import * as z from "../core/zod";
import { SETTINGS } from "./constants";

const schema = z.object({
  endpoint: z.enum(["cloud", "sandbox"]).catch("cloud"),
  site: z.enum(["china", "intl"]).catch("china"),
  sandboxEndpoint: z
    .string()
    .regex(/^(127\.0\.0\.1:\d{1,5})?$/)
    .catch(""),
  sandboxSecretId: z.string().catch(""),
  rateLimit: z.number().min(1).max(20).catch(20),
  requestTimeoutSeconds: z.number().min(5).max(300).catch(30),
  liveChecks: z.boolean().catch(true),
});

export type Configuration = z.infer<typeof schema>;

/**
 * A setting that decides where signed requests go, read from the user's settings and the default only. A trusted
 * workspace's settings.json could otherwise aim the signed-in keys at a local port over HTTP. The manifest makes
 * these settings application-scoped (user settings only) too; this also ignores values a workspace already holds.
 */
function userValue(c: vscode.WorkspaceConfiguration, key: string): unknown {
  const inspected = c.inspect(key);
  return inspected?.globalValue ?? inspected?.defaultValue;
}

/** The one reader of the extension's settings; a malformed value falls back to its default. */
export function readConfiguration(): Configuration {
  const c = vscode.workspace.getConfiguration(SETTINGS.section);
  return schema.parse({
    endpoint: userValue(c, SETTINGS.endpoint),
    site: c.get(SETTINGS.site),
    sandboxEndpoint: userValue(c, SETTINGS.sandboxEndpoint),
    sandboxSecretId: userValue(c, SETTINGS.sandboxSecretId),
    rateLimit: c.get(SETTINGS.rateLimit),
    requestTimeoutSeconds: c.get(SETTINGS.requestTimeoutSeconds),
    liveChecks: c.get(SETTINGS.liveChecks),
  });
}

export const affectsConfiguration = (e: vscode.ConfigurationChangeEvent): boolean => e.affectsConfiguration(SETTINGS.section);
