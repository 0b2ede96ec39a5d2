import { randomUUID } from "node:crypto";
import { cryptoRandom, type Random } from "./seededRandom";

const LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

function randomString(length: number, random: Random = cryptoRandom, alphabet = LOWER_ALNUM): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

/** The shapes real IDs have, so that code parsing or displaying them meets the same strings as in the cloud. */
const ID_SHAPES = {
  proxy: { prefix: "link-", length: 8 },
  group: { prefix: "lg-", length: 8 },
  listener: { prefix: "listener-", length: 8 },
  realServer: { prefix: "rs-", length: 8 },
  zone: { prefix: "zone-", length: 12 },
  l4: { prefix: "sid-", length: 12 },
  l4Rule: { prefix: "rule-", length: 12 },
  originGroup: { prefix: "og-", length: 12 },
} as const;

export type IdKind = keyof typeof ID_SHAPES;

/** A fresh ID of the kind, retried (boundedly) until `taken` says it is free. */
export function newId(kind: IdKind, taken: (id: string) => boolean = () => false, random: Random = cryptoRandom): string {
  const { prefix, length } = ID_SHAPES[kind];
  for (let attempt = 0; attempt < 100; attempt++) {
    const id = prefix + randomString(length, random);
    if (!taken(id)) return id;
  }
  throw new Error(`could not find a free ${kind} ID`);
}

export const newRequestId = (): string => randomUUID();

/** A SecretId shaped like Tencent Cloud's (AKID + 32 characters) and a 32-character key. */
export function newCredentials(): { secretId: string; secretKey: string } {
  return { secretId: "AKID" + randomString(32, cryptoRandom, ALNUM), secretKey: randomString(32, cryptoRandom, ALNUM) };
}
