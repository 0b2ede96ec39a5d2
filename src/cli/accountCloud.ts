import { createCloud, type Cloud } from "../core/client/createCloud";
import type { EndpointSetting } from "../core/client/endpoint";
import { parseProfileKey, type ProfileRef } from "../core/credentials/credential";
import { CredentialError } from "../core/credentials/credentialError";
import { listProfiles } from "../core/credentials/listProfiles";
import { resolveCredential } from "../core/credentials/resolveCredential";
import type { Language } from "../core/messages/language";
import { UsageError, type CliIO } from "./cliIO";
import type { AccountArgs } from "./commandArgs";
import { cliCredentialContext } from "./terminalText";

/** The sandbox's SecretKey comes from here, never from the command line (where `ps` and shell history see it). */
export const SANDBOX_SECRET_KEY_ENV = "TCACCEL_SANDBOX_SECRET_KEY";

/** The account a command talks to, and how to name it in output (never a secret). */
export interface AccountCloud {
  cloud: Cloud;
  /** "sandbox 127.0.0.1:PORT" or "tccli:default (china)". */
  label: string;
}

/** `--profile NAME`: a key such as "tccli:default" names one profile; a bare name is the first of that name in precedence. */
async function profileRef(name: string, io: CliIO): Promise<ProfileRef> {
  const key = parseProfileKey(name);
  if (key) return key;
  const found = (await listProfiles(cliCredentialContext(io.env))).profiles.find((p) => p.name === name);
  if (!found) throw new CredentialError({ code: "Credential.ProfileNotFound", profile: name });
  return { source: found.source, name: found.name };
}

/**
 * The client of the account the options name: the sandbox at `--sandbox` with its own keys, or the `--profile`
 * (else the default profile, by the extension's one rule) at `--site`. A named profile that does not exist is an
 * error, never a silent switch to another identity. Throws UsageError or CredentialError; sends nothing.
 */
export async function accountCloud(account: AccountArgs, io: CliIO, lang: Language): Promise<AccountCloud> {
  const language = lang === "zh-cn" ? "zh-CN" : "en-US";
  if (account.sandbox) {
    const secretKey = io.env[SANDBOX_SECRET_KEY_ENV];
    if (!account.secretId) throw new UsageError(`--sandbox needs --secret-id ID (the SecretId \`tcaccel sandbox\` printed).`);
    if (!secretKey) throw new UsageError(`--sandbox needs the sandbox's SecretKey in ${SANDBOX_SECRET_KEY_ENV} (the SecretKey \`tcaccel sandbox\` printed).`, false);
    const endpoint: EndpointSetting = { kind: "sandbox", host: account.sandbox };
    return { cloud: createCloud({ credential: { secretId: account.secretId, secretKey }, endpoint, language }), label: `sandbox ${account.sandbox}` };
  }
  const ctx = cliCredentialContext(io.env);
  const select = account.profile === undefined ? undefined : await profileRef(account.profile, io);
  const resolved = await resolveCredential(ctx, select);
  if (resolved.replaced) throw new CredentialError({ code: "Credential.ProfileNotFound", profile: resolved.replaced.name });
  const { profile } = resolved;
  const cloud = createCloud({
    credential: profile.credential,
    endpoint: { kind: "cloud", site: account.site },
    language,
    ...(profile.region ? { region: profile.region } : {}),
  });
  return { cloud, label: `${profile.source}:${profile.name} (${account.site})` };
}
