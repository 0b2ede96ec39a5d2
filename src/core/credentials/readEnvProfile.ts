import type { CredentialContext } from "./credentialContext";
import { CredentialError } from "./credentialError";
import { emptyScan, type ProfileScan } from "./profileScan";

export const ENV_PROFILE_NAME = "environment";

/** The SDK's variables: TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY, TENCENTCLOUD_SESSION_TOKEN. */
export function readEnvProfile(ctx: Pick<CredentialContext, "env">): ProfileScan {
  const scan = emptyScan();
  const secretId = ctx.env.TENCENTCLOUD_SECRET_ID?.trim();
  const secretKey = ctx.env.TENCENTCLOUD_SECRET_KEY?.trim();
  const token = ctx.env.TENCENTCLOUD_SESSION_TOKEN?.trim();
  if (!secretId && !secretKey) return scan;
  if (!secretId || !secretKey) {
    // Half a key pair is a mistake worth pointing out rather than silently skipping to the next source.
    const missing = secretId ? "TENCENTCLOUD_SECRET_KEY" : "TENCENTCLOUD_SECRET_ID";
    scan.errors.push(new CredentialError({ code: "Credential.IncompleteEnvironment", source: "env", detail: missing }));
    return scan;
  }
  scan.profiles.push({ source: "env", name: ENV_PROFILE_NAME, credential: { secretId, secretKey, ...(token ? { token } : {}) } });
  return scan;
}
