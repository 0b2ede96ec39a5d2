import type { Credential } from "./credential";
import { CredentialError } from "./credentialError";
import { maskSecretId } from "./maskSecretId";

/**
 * May these keys sign requests to the sandbox whose own SecretId is `sandboxSecretId`? Only the sandbox's own pair
 * may: a sandbox is plain HTTP on a local port that any process could hold, so the signed-in account, the
 * environment's or tccli's real keys never go there, whatever profile is selected. Returns the refusal, or
 * undefined when the keys are the sandbox's. (The client separately refuses any sandbox host that is not loopback.)
 */
export function refuseForSandbox(credential: Credential, sandboxSecretId: string | undefined): CredentialError | undefined {
  if (sandboxSecretId && credential.secretId === sandboxSecretId) return undefined;
  // Masked: it may be a real account's SecretId.
  return new CredentialError({ code: "Credential.NotSandboxKey", detail: maskSecretId(credential.secretId) });
}
