import type { Profile } from "./credential";
import type { CredentialError } from "./credentialError";

/** What one source yielded: its usable profiles, and the problems that kept others out. */
export interface ProfileScan {
  profiles: Profile[];
  errors: CredentialError[];
}

export const emptyScan = (): ProfileScan => ({ profiles: [], errors: [] });
