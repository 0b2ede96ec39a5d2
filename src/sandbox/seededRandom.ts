import { randomInt } from "node:crypto";

/** A uniform [0, 1) generator. */
export type Random = () => number;

/**
 * mulberry32: small, fast and good enough for fault draws, latency jitter and seed data. A seed makes a run
 * repeatable, which is the point: a failure seen once must be reproducible from its seed.
 */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cryptographic randomness as a Random, for IDs and keys that must not repeat across runs. */
export const cryptoRandom: Random = () => randomInt(0, 2 ** 32) / 2 ** 32;
