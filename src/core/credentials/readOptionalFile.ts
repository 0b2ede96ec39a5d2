import type { CredentialSource } from "./credential";
import type { CredentialFs } from "./credentialContext";
import { CredentialError } from "./credentialError";

const ABSENT = new Set(["ENOENT", "ENOTDIR"]);

const errnoCode = (e: unknown): string | undefined =>
  typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string" ? (e as { code: string }).code : undefined;

/** A missing file or folder is simply no profile; any other failure is the user's to fix, so it names the path. */
export async function readOptionalFile(fs: CredentialFs, file: string, source: CredentialSource): Promise<string | undefined> {
  try {
    return await fs.readFile(file, "utf8");
  } catch (e) {
    if (ABSENT.has(errnoCode(e) ?? "")) return undefined;
    throw new CredentialError({ code: "Credential.FileUnreadable", source, file, detail: errnoCode(e) ?? String(e) });
  }
}

export async function readOptionalDir(fs: CredentialFs, dir: string, source: CredentialSource): Promise<string[]> {
  try {
    return await fs.readdir(dir);
  } catch (e) {
    if (ABSENT.has(errnoCode(e) ?? "")) return [];
    throw new CredentialError({ code: "Credential.FileUnreadable", source, file: dir, detail: errnoCode(e) ?? String(e) });
  }
}
