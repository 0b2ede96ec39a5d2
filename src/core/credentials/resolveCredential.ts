import type { Profile, ProfileRef } from "./credential";
import type { CredentialContext } from "./credentialContext";
import { pickDefaultProfile, pickNamedProfile } from "./pickProfile";
import { scanProfiles } from "./scanProfiles";

/**
 * The profile to sign with: the selected one, or the default chain. Throws a CredentialError naming the file or
 * variable at fault. Deliberately not the SDK's DefaultCredentialProvider, which probes the CVM metadata host with
 * no timeout and prints to the console.
 */
export async function resolveCredential(ctx: CredentialContext, select?: ProfileRef): Promise<Profile> {
  const scan = await scanProfiles(ctx);
  const picked = select ? pickNamedProfile(scan, select) : pickDefaultProfile(scan, ctx);
  if (picked instanceof Error) throw picked;
  return picked;
}
