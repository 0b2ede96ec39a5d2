import type { ProfileRef, ProfileSummary } from "./credential";
import type { CredentialContext } from "./credentialContext";
import type { CredentialError } from "./credentialError";
import { maskSecretId } from "./maskSecretId";
import { pickDefaultProfile } from "./pickProfile";
import { scanProfiles } from "./scanProfiles";

export interface ProfileList {
  /** Every usable profile, in preference order (signed-in keys newest first), without secrets. */
  profiles: ProfileSummary[];
  /** Files and variables that could not be used, each naming its file; they never hide the other profiles. */
  errors: CredentialError[];
  /** The profile `resolveCredential` picks when none is selected, if it can pick one. */
  preferred?: ProfileRef;
}

/** For the profile picker, the status bar and `tcaccel profiles`: reads every source, never throws for a bad file. */
export async function listProfiles(ctx: CredentialContext): Promise<ProfileList> {
  const scan = await scanProfiles(ctx);
  const preferred = await pickDefaultProfile(scan, ctx);
  // A signed-in profile's name is already safe to show (see SignedInProfiles); its key is not read for a list.
  const signedIn: ProfileSummary[] = [...(ctx.signedIn?.names() ?? [])].reverse().map((name) => ({ source: "explicit", name, maskedSecretId: name, temporary: false }));
  return {
    profiles: [
      ...signedIn,
      ...scan.profiles.map((p) => ({
        source: p.source,
        name: p.name,
        ...(p.file ? { file: p.file } : {}),
        maskedSecretId: maskSecretId(p.credential.secretId),
        temporary: p.credential.token !== undefined,
        ...(p.region ? { region: p.region } : {}),
      })),
    ],
    errors: scan.errors,
    ...(preferred instanceof Error ? {} : { preferred: { source: preferred.source, name: preferred.name } }),
  };
}
