import type { Profile, ProfileRef } from "./credential";
import type { CredentialContext } from "./credentialContext";
import { CredentialError } from "./credentialError";
import { pickDefaultProfile, pickNamedProfile } from "./pickProfile";
import { scanProfiles } from "./scanProfiles";

export interface Resolution {
  profile: Profile;
  /** The selected profile, when it no longer exists and the default order chose instead (worth a log line). */
  replaced?: ProfileRef;
}

/**
 * Who signs: the selected profile, or the default order when none is selected or the selected one is gone. This is
 * the one rule; the extension (signed-in keys in `ctx.signedIn`) and the CLI (no signed-in keys) both call it.
 * Throws a CredentialError naming the file or variable at fault ("Credential.NotFound" when there is nothing at
 * all). A selected profile that exists but is broken is thrown, not replaced: no silent switch of identity.
 * Deliberately not the SDK's DefaultCredentialProvider, which probes the CVM metadata host with no timeout and
 * prints to the console.
 */
export async function resolveCredential(ctx: CredentialContext, select?: ProfileRef): Promise<Resolution> {
  const scan = await scanProfiles(ctx);
  if (select) {
    const named = await pickNamedProfile(scan, ctx, select);
    if (!(named instanceof CredentialError)) return { profile: named };
    if (named.code !== "Credential.ProfileNotFound") throw named;
  }
  const picked = await pickDefaultProfile(scan, ctx);
  if (picked instanceof CredentialError) throw picked;
  return select ? { profile: picked, replaced: select } : { profile: picked };
}
