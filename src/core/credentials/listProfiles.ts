import type { ProfileRef, ProfileSummary } from "./credential";
import type { CredentialContext } from "./credentialContext";
import type { CredentialError } from "./credentialError";
import { maskSecretId } from "./maskSecretId";
import { pickDefaultProfile } from "./pickProfile";
import { scanProfiles } from "./scanProfiles";

export interface ProfileList {
  /** Every usable profile, in preference order, without secrets. */
  profiles: ProfileSummary[];
  /** Files and variables that could not be used, each naming its file; they never hide the other profiles. */
  errors: CredentialError[];
  /** The profile `resolveCredential` picks when none is selected, if it can pick one. */
  preferred?: ProfileRef;
}

/** For the profile picker and status bar: reads every source, never throws for a bad file. */
export async function listProfiles(ctx: CredentialContext): Promise<ProfileList> {
  const scan = await scanProfiles(ctx);
  const preferred = pickDefaultProfile(scan, ctx);
  return {
    profiles: scan.profiles.map((p) => ({
      source: p.source,
      name: p.name,
      ...(p.file ? { file: p.file } : {}),
      maskedSecretId: maskSecretId(p.credential.secretId),
      temporary: p.credential.token !== undefined,
    })),
    errors: scan.errors,
    ...(preferred instanceof Error ? {} : { preferred: { source: preferred.source, name: preferred.name } }),
  };
}
