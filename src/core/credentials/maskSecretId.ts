/**
 * The SecretId as logs and pickers show it: enough to tell two keys apart, too little to use.
 * Short values are hidden entirely since four and four characters would be most of them.
 */
export function maskSecretId(secretId: string | undefined): string {
  if (!secretId) return "(none)";
  if (secretId.length < 12) return "****";
  return `${secretId.slice(0, 4)}****${secretId.slice(-4)}`;
}
