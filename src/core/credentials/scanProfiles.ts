import type { CredentialContext } from "./credentialContext";
import type { ProfileScan } from "./profileScan";
import { readEnvProfile } from "./readEnvProfile";
import { readIniProfiles } from "./readIniProfiles";
import { readTccliProfiles } from "./readTccliProfiles";

/** The sources that live outside VS Code, in preference order: environment, tccli, the INI file. */
export async function scanProfiles(ctx: CredentialContext): Promise<ProfileScan> {
  const env = readEnvProfile(ctx);
  const [tccli, ini] = await Promise.all([readTccliProfiles(ctx), readIniProfiles(ctx)]);
  return {
    profiles: [...env.profiles, ...tccli.profiles, ...ini.profiles],
    errors: [...env.errors, ...tccli.errors, ...ini.errors],
  };
}
