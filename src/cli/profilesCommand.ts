import { profileKey, type ProfileRef } from "../core/credentials/credential";
import { CredentialError } from "../core/credentials/credentialError";
import { listProfiles } from "../core/credentials/listProfiles";
import { resolveCredential } from "../core/credentials/resolveCredential";
import { explainError } from "../core/errors/explainError";
import type { CliIO } from "./cliIO";
import { parseCommandArgs } from "./commandArgs";
import { cliCredentialContext, terminalText } from "./terminalText";

/** One row of `--format json`: what the extension's profile picker shows, never a secret. */
export interface CliProfile {
  name: string;
  source: ProfileRef["source"];
  file?: string;
  secretId: string;
  region?: string;
  temporary: boolean;
  active: boolean;
}


/** The profile that signs when none is chosen, by the one rule the extension uses; undefined when none can. */
async function activeProfile(ctx: Parameters<typeof resolveCredential>[0]): Promise<string | undefined> {
  try {
    return profileKey((await resolveCredential(ctx)).profile);
  } catch (e) {
    if (e instanceof CredentialError) return undefined;
    throw e;
  }
}

/**
 * `tcaccel profiles [--format text|json]`: the profiles the extension would offer (environment, tccli, the INI
 * file; the CLI has no signed-in keys), in its order, with the one it would sign with marked. SecretIds masked;
 * files that cannot be used are named on stderr with the reason. Exit 0, or 1 when there is no usable profile.
 */
export async function runProfilesCommand(argv: string[], io: CliIO): Promise<number> {
  const { format, lang } = parseCommandArgs(argv, io.env, { files: false, format: true });
  const ctx = cliCredentialContext(io.env);
  const [list, active] = await Promise.all([listProfiles(ctx), activeProfile(ctx)]);
  const rows: CliProfile[] = list.profiles.map((p) => ({
    name: p.name,
    source: p.source,
    ...(p.file ? { file: p.file } : {}),
    secretId: p.maskedSecretId,
    ...(p.region ? { region: p.region } : {}),
    temporary: p.temporary,
    active: profileKey(p) === active,
  }));
  for (const e of list.errors) {
    const { what, todo } = explainError(e.code, lang, e.params);
    io.stderr(`tcaccel: ${terminalText(`${what} ${todo}`)}\n`);
  }
  if (format === "json") io.stdout(JSON.stringify(rows, null, 2) + "\n");
  else {
    for (const r of rows) {
      const region = r.region ?? "-";
      const line = `${r.source}:${r.name}  ${r.secretId}  ${region}${r.temporary ? "  temporary" : ""}${r.file ? `  ${r.file}` : ""}`;
      io.stdout(`${r.active ? "*" : " "} ${terminalText(line)}\n`);
    }
    if (rows.length === 0) io.stdout(lang === "zh-cn" ? "未找到可用的配置。\n" : "No usable profile found.\n");
  }
  return rows.length ? 0 : 1;
}
