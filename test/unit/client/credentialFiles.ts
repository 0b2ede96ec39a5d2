import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Credential } from "../../../src/core/credentials/credential";
import type { CredentialContext, SignedInKeys } from "../../../src/core/credentials/credentialContext";

/** Signed-in keys as SecretStorage holds them: names in sign-in order (oldest first), pairs read on demand. */
export function fakeSignedIn(keys: Record<string, Credential | undefined>): SignedInKeys & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    names: () => Object.keys(keys),
    credential: async (name) => {
      reads.push(name);
      return Object.hasOwn(keys, name) ? keys[name] : undefined;
    },
  };
}

/** A throw-away home folder with the files a test writes, and the context that reads it. */
export class TempHome {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), "tcaccel-cred-"));
  env: Record<string, string | undefined> = {};

  tccli(profile: string, content: string | object): string {
    return this.write(path.join(".tccli", `${profile}.credential`), typeof content === "string" ? content : JSON.stringify(content));
  }

  ini(content: string, relative = path.join(".tencentcloud", "credentials")): string {
    return this.write(relative, content);
  }

  write(relative: string, content: string): string {
    const file = path.join(this.dir, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return file;
  }

  context(extra: Partial<CredentialContext> = {}): CredentialContext {
    return { env: this.env, homeDir: this.dir, fs: fs.promises, ...extra };
  }

  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
