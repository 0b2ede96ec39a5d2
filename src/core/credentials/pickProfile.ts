import type { CredentialContext } from "./credentialContext";
import type { Profile, ProfileRef } from "./credential";
import { CredentialError } from "./credentialError";
import type { ProfileScan } from "./profileScan";
import { ENV_PROFILE_NAME } from "./readEnvProfile";
import { tccliProfileName } from "./readTccliProfiles";

/** An error that stands in the way of this profile: about it by name, or about its whole file. */
const errorFor = (scan: ProfileScan, ref: ProfileRef): CredentialError | undefined =>
  scan.errors.find((e) => e.source === ref.source && (e.profile === ref.name || e.profile === undefined));

const find = (scan: ProfileScan, ref: ProfileRef): Profile | undefined =>
  scan.profiles.find((p) => p.source === ref.source && p.name === ref.name);

async function signedInProfile(ctx: Pick<CredentialContext, "signedIn">, name: string): Promise<Profile | undefined> {
  const credential = await ctx.signedIn?.credential(name);
  return credential ? { source: "explicit", name, credential } : undefined;
}

/** The profile named by `ref`, or the error that explains why it cannot be used. */
export async function pickNamedProfile(scan: ProfileScan, ctx: Pick<CredentialContext, "signedIn">, ref: ProfileRef): Promise<Profile | CredentialError> {
  const found = ref.source === "explicit" ? await signedInProfile(ctx, ref.name) : (find(scan, ref) ?? errorFor(scan, ref));
  return found ?? new CredentialError({ code: "Credential.ProfileNotFound", source: ref.source, profile: ref.name });
}

/**
 * The default choice, in the product's order: the newest signed-in key, the environment, tccli's current profile
 * (`TCCLI_PROFILE` or "default"), then `[default]` of the INI file. A broken source that would have been chosen is
 * reported rather than skipped, so the user is never silently signed in as someone else.
 */
export async function pickDefaultProfile(scan: ProfileScan, ctx: Pick<CredentialContext, "env" | "signedIn">): Promise<Profile | CredentialError> {
  const newest = ctx.signedIn?.names().at(-1);
  const signedIn = newest === undefined ? undefined : await signedInProfile(ctx, newest);
  if (signedIn) return signedIn;

  const envRef: ProfileRef = { source: "env", name: ENV_PROFILE_NAME };
  const env = find(scan, envRef) ?? scan.errors.find((e) => e.source === "env");
  if (env) return env;

  const tccliRef: ProfileRef = { source: "tccli", name: tccliProfileName(ctx) };
  const tccli = find(scan, tccliRef) ?? errorFor(scan, tccliRef);
  if (tccli) return tccli;
  if (ctx.env.TCCLI_PROFILE?.trim()) return new CredentialError({ code: "Credential.ProfileNotFound", source: "tccli", profile: tccliRef.name });

  const iniRef: ProfileRef = { source: "ini", name: "default" };
  const ini = find(scan, iniRef) ?? errorFor(scan, iniRef);
  if (ini) return ini;

  return new CredentialError({ code: "Credential.NotFound" });
}
