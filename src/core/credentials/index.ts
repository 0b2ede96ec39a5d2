export type { Credential, CredentialSource, Profile, ProfileRef, ProfileSummary } from "./credential";
export { parseProfileKey, profileKey } from "./credential";
export type { CredentialContext, CredentialFs, SignedInKeys } from "./credentialContext";
export { CredentialError, type CredentialErrorCode } from "./credentialError";
export { listProfiles, type ProfileList } from "./listProfiles";
export { maskSecretId } from "./maskSecretId";
export { resolveCredential, type Resolution } from "./resolveCredential";
