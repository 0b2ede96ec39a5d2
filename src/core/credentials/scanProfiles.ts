import type { Profile } from "./credential";
import type { CredentialContext } from "./credentialContext";
import type { ProfileScan } from "./profileScan";
import { readEnvProfile } from "./readEnvProfile";
import { readIniProfiles } from "./readIniProfiles";
import { readTccliProfiles } from "./readTccliProfiles";

export const EXPLICIT_PROFILE_NAME = "signed-in";

/** Every source in preference order: signed-in keys, environment, tccli, the INI file. */
export async function scanProfiles(ctx: CredentialContext): Promise<ProfileScan> {
  const explicit: Profile[] = ctx.explicit ? [{ source: "explicit", name: EXPLICIT_PROFILE_NAME, credential: ctx.explicit }] : [];
  const env = readEnvProfile(ctx);
  const [tccli, ini] = await Promise.all([readTccliProfiles(ctx), readIniProfiles(ctx)]);
  return {
    profiles: [...explicit, ...env.profiles, ...tccli.profiles, ...ini.profiles],
    errors: [...env.errors, ...tccli.errors, ...ini.errors],
  };
}
