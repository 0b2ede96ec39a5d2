import * as path from "node:path";
import type { Profile } from "./credential";
import type { CredentialContext } from "./credentialContext";
import { CredentialError } from "./credentialError";
import { findJsonFault } from "./findJsonFault";
import { emptyScan, type ProfileScan } from "./profileScan";
import { readOptionalDir, readOptionalFile } from "./readOptionalFile";

const SUFFIX = ".credential";
const CONFIGURE_SUFFIX = ".configure";
const KNOWN_TYPES = new Set(["cvm-role", "assume-role", "role-arn", "oidc-role-arn", "sts"]);

const tccliDir = (ctx: Pick<CredentialContext, "homeDir">): string => path.join(ctx.homeDir, ".tccli");

/** The profile tccli itself would use: `TCCLI_PROFILE`, else "default". */
export const tccliProfileName = (ctx: Pick<CredentialContext, "env">): string => ctx.env.TCCLI_PROFILE?.trim() || "default";

const nonEmptyString = (v: unknown): string | undefined => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);

/** One `<profile>.credential` JSON file as tccli writes it: {"secretId","secretKey","token"?, "type"?, "role-arn"?}. */
function parseTccliCredential(text: string, file: string, name: string): Profile {
  const json = text.replace(/^\uFEFF/, "");
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    // JSON.parse's message quotes the text around the error, which here is part of a key: say where and what only.
    const { line, problem } = findJsonFault(json);
    throw new CredentialError({ code: "Credential.InvalidJson", source: "tccli", file, profile: name, line, problem });
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new CredentialError({ code: "Credential.InvalidJson", source: "tccli", file, profile: name, line: 1, problem: "not-an-object" });
  }
  const record = data as Record<string, unknown>;
  // Role profiles need STS or the CVM metadata service; using their base keys directly would act as the wrong identity.
  // "default" is what `tccli configure set … use-cvm-role false` writes: tccli signs with the keys, so do we.
  const type = nonEmptyString(record.type);
  if (type && type !== "secret" && type !== "default") {
    // The type is named only when it is one tccli writes: any other text in the file may be a pasted key.
    const detail = KNOWN_TYPES.has(type) ? type : "unknown";
    throw new CredentialError({ code: "Credential.UnsupportedType", source: "tccli", file, profile: name, detail });
  }
  if (nonEmptyString(record["role-arn"])) {
    throw new CredentialError({ code: "Credential.UnsupportedType", source: "tccli", file, profile: name, detail: "role-arn" });
  }
  const secretId = nonEmptyString(record.secretId);
  const secretKey = nonEmptyString(record.secretKey);
  const token = nonEmptyString(record.token);
  for (const [key, value] of [["secretId", secretId], ["secretKey", secretKey]] as const) {
    if (!value) throw new CredentialError({ code: "Credential.MissingKey", source: "tccli", file, profile: name, detail: key });
    // tccli's SDK refuses a key with whitespace around it ("secret id should not contain spaces"): so do we, rather
    // than trimming and signing with keys tccli itself would not use.
    if (record[key] !== value) throw new CredentialError({ code: "Credential.SpacesInKey", source: "tccli", file, profile: name, detail: key });
  }
  return { source: "tccli", name, file, credential: { secretId: secretId!, secretKey: secretKey!, ...(token ? { token } : {}) } };
}

// Region names are short lower-case words ("ap-guangzhou"); anything else in the file is not shown or sent.
const REGION = /^[a-z][a-z0-9-]{1,40}$/;

/** `_sys_param.region` of a `<profile>.configure` text, or undefined (no file, not JSON, no region, not a region name). */
export function parseTccliRegion(text: string): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return undefined; // tccli rewrites the file on the next `tccli configure`; the keys are still usable
  }
  const sys = typeof data === "object" && data !== null ? (data as Record<string, unknown>)._sys_param : undefined;
  const region = typeof sys === "object" && sys !== null ? (sys as Record<string, unknown>).region : undefined;
  return typeof region === "string" && REGION.test(region) ? region : undefined;
}

async function readRegion(ctx: CredentialContext, name: string): Promise<string | undefined> {
  try {
    const text = await readOptionalFile(ctx.fs, path.join(tccliDir(ctx), name + CONFIGURE_SUFFIX), "tccli");
    return text === undefined ? undefined : parseTccliRegion(text);
  } catch (e) {
    if (!(e instanceof CredentialError)) throw e;
    return undefined;
  }
}

async function readOne(ctx: CredentialContext, name: string, scan: ProfileScan): Promise<void> {
  const file = path.join(tccliDir(ctx), name + SUFFIX);
  try {
    const text = await readOptionalFile(ctx.fs, file, "tccli");
    if (text === undefined) return;
    const profile = parseTccliCredential(text, file, name);
    const region = await readRegion(ctx, name);
    scan.profiles.push(region ? { ...profile, region } : profile);
  } catch (e) {
    if (!(e instanceof CredentialError)) throw e;
    scan.errors.push(e);
  }
}

/** Every `~/.tccli/*.credential`, in name order. */
export async function readTccliProfiles(ctx: CredentialContext): Promise<ProfileScan> {
  const scan = emptyScan();
  let names: string[];
  try {
    names = (await readOptionalDir(ctx.fs, tccliDir(ctx), "tccli"))
      .filter((f) => f.endsWith(SUFFIX) && f.length > SUFFIX.length)
      .map((f) => f.slice(0, -SUFFIX.length))
      .sort();
  } catch (e) {
    if (!(e instanceof CredentialError)) throw e;
    scan.errors.push(e);
    return scan;
  }
  for (const name of names) await readOne(ctx, name, scan);
  return scan;
}

