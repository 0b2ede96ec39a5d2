/** Why a value typed as a SecretId cannot be one; the VS Code layer words each. */
export type SecretIdProblem = "empty" | "spaces" | "not-a-secret-id";

// Tencent Cloud SecretIds, permanent and temporary, are "AKID" and letters and digits; a SecretKey is not.
const SECRET_ID = /^AKID[A-Za-z0-9]{8,124}$/;

/**
 * Checked before anything else is done with the value: a SecretKey pasted into the SecretId box is refused, so it
 * is never sent, stored, shown or turned into a profile name.
 */
export function secretIdProblem(value: string): SecretIdProblem | undefined {
  const v = value.trim();
  if (v === "") return "empty";
  if (/\s/.test(v)) return "spaces";
  return SECRET_ID.test(v) ? undefined : "not-a-secret-id";
}
