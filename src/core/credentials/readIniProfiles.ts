import * as path from "node:path";
import type { CredentialContext } from "./credentialContext";
import { CredentialError } from "./credentialError";
import { IniSyntaxError, parseIni } from "./parseIni";
import { emptyScan, type ProfileScan } from "./profileScan";
import { readOptionalFile } from "./readOptionalFile";

/** `TENCENTCLOUD_CREDENTIALS_FILE`, else `~/.tencentcloud/credentials` (the SDK's ProfileCredential file). */
const iniCredentialsFile = (ctx: Pick<CredentialContext, "env" | "homeDir">): string =>
  ctx.env.TENCENTCLOUD_CREDENTIALS_FILE?.trim() || path.join(ctx.homeDir, ".tencentcloud", "credentials");

/** Each section is a profile with keys secret_id, secret_key and optionally token. */
export async function readIniProfiles(ctx: CredentialContext): Promise<ProfileScan> {
  const scan = emptyScan();
  const file = iniCredentialsFile(ctx);
  let text: string | undefined;
  try {
    text = await readOptionalFile(ctx.fs, file, "ini");
  } catch (e) {
    if (!(e instanceof CredentialError)) throw e;
    scan.errors.push(e);
    return scan;
  }
  if (text === undefined) return scan;

  let sections;
  try {
    sections = parseIni(text);
  } catch (e) {
    if (!(e instanceof IniSyntaxError)) throw e;
    scan.errors.push(new CredentialError({ code: "Credential.InvalidIni", source: "ini", file, line: e.line, problem: e.problem }));
    return scan;
  }
  for (const [name, keys] of sections) {
    const secretId = keys.get("secret_id");
    const secretKey = keys.get("secret_key");
    const token = keys.get("token");
    const missing = !secretId ? "secret_id" : !secretKey ? "secret_key" : undefined;
    if (missing) {
      scan.errors.push(new CredentialError({ code: "Credential.MissingKey", source: "ini", file, profile: name, detail: missing }));
      continue;
    }
    scan.profiles.push({ source: "ini", name, file, credential: { secretId: secretId!, secretKey: secretKey!, ...(token ? { token } : {}) } });
  }
  return scan;
}
