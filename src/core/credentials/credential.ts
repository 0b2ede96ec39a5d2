/** The keys that sign requests. Only the SDK ever sees `secretKey`; logs and UI get `maskSecretId(secretId)`. */
export interface Credential {
  secretId: string;
  secretKey: string;
  /** STS session token of temporary keys. */
  token?: string;
}

/** Where a profile came from, in the order the extension prefers them. */
export type CredentialSource = "explicit" | "env" | "tccli" | "ini";

const SOURCE_ORDER: readonly CredentialSource[] = ["explicit", "env", "tccli", "ini"];

/** Names one profile: the pair is unique, a name alone is not (tccli and the INI file both have "default"). */
export interface ProfileRef {
  source: CredentialSource;
  name: string;
}

/** A profile with its keys, as `resolveCredential` returns it. */
export interface Profile extends ProfileRef {
  /** The file it was read from (tccli and INI sources). */
  file?: string;
  credential: Credential;
  /** The profile's default region (tccli's `<profile>.configure`, `_sys_param.region`), when it names one. */
  region?: string;
}

/** What a profile picker may show: never the SecretKey, the SecretId only masked. */
export interface ProfileSummary extends ProfileRef {
  file?: string;
  maskedSecretId: string;
  temporary: boolean;
  region?: string;
}

/** A stable string for settings and pickers, e.g. "tccli:default". */
export const profileKey = (ref: ProfileRef): string => `${ref.source}:${ref.name}`;

export function parseProfileKey(key: string): ProfileRef | undefined {
  const at = key.indexOf(":");
  const source = key.slice(0, at) as CredentialSource;
  if (at < 0 || !SOURCE_ORDER.includes(source)) return undefined;
  return { source, name: key.slice(at + 1) };
}
