import * as vscode from "vscode";
import type { Credential } from "../../core/credentials/credential";
import type { SignedInKeys } from "../../core/credentials/credentialContext";
import { maskSecretId } from "../../core/credentials/maskSecretId";
import { SECRETS, STATE } from "../constants";

/**
 * Keys stored by "Sign in": the pair lives only in SecretStorage (the OS keychain); globalState holds the profile
 * names, which are the masked SecretIds (Sign In refuses a value that is not a SecretId, so a SecretKey pasted in
 * the wrong box never becomes a name), so a picker can list them without reading a secret.
 */
export class SignedInProfiles implements SignedInKeys {
  constructor(private readonly context: vscode.ExtensionContext) {}

  /** Names, oldest first. */
  names(): string[] {
    return this.context.globalState.get<string[]>(STATE.signedInProfiles) ?? [];
  }

  async credential(name: string): Promise<Credential | undefined> {
    const stored = await this.context.secrets.get(SECRETS.signedInKey(name));
    if (!stored) return undefined;
    try {
      const parsed = JSON.parse(stored) as Partial<Credential>;
      return parsed.secretId && parsed.secretKey ? { secretId: parsed.secretId, secretKey: parsed.secretKey, ...(parsed.token ? { token: parsed.token } : {}) } : undefined;
    } catch {
      return undefined;
    }
  }

  /** Stores the pair and returns the profile's name. Signing in again with the same SecretId replaces its key. */
  async store(credential: Credential): Promise<string> {
    const name = maskSecretId(credential.secretId);
    await this.context.secrets.store(SECRETS.signedInKey(name), JSON.stringify(credential));
    await this.context.globalState.update(STATE.signedInProfiles, [...this.names().filter((n) => n !== name), name]);
    return name;
  }

  async forget(name: string): Promise<void> {
    await this.context.secrets.delete(SECRETS.signedInKey(name));
    await this.context.globalState.update(
      STATE.signedInProfiles,
      this.names().filter((n) => n !== name),
    );
  }
}
