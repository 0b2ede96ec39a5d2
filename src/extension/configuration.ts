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

/** The one reader of the extension's settings; a malformed value falls back to its default. */
export function readConfiguration(): Configuration {
  const c = vscode.workspace.getConfiguration(SETTINGS.section);
  return schema.parse({
    endpoint: c.get(SETTINGS.endpoint),
    site: c.get(SETTINGS.site),
    sandboxEndpoint: c.get(SETTINGS.sandboxEndpoint),
    sandboxSecretId: c.get(SETTINGS.sandboxSecretId),
    rateLimit: c.get(SETTINGS.rateLimit),
    requestTimeoutSeconds: c.get(SETTINGS.requestTimeoutSeconds),
    liveChecks: c.get(SETTINGS.liveChecks),
  });
}

export const affectsConfiguration = (e: vscode.ConfigurationChangeEvent): boolean => e.affectsConfiguration(SETTINGS.section);
