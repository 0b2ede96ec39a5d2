import { demoCatalog } from "./regionCatalog";
import { demoSeed } from "./demoSeed";
import { addHostileListeners, addScaleListeners } from "./extraListenerSeeds";
import { addHostileRecords, HOSTILE_STRINGS } from "./hostileSeed";
import { scaleSeed, type ScaleSeed } from "./scaleSeed";
import { emptyState, type SandboxState } from "../state/sandboxState";

/** "demo", "empty" (regions only), or a scale account, also written "scale:N" or "scale:N:M:K" (as on the command line). */
export type SeedOption = ParsedSeed | `scale:${string}`;

type ParsedSeed = "demo" | "empty" | { scale: Partial<ScaleSeed> & { proxies: number } };

/** The full scale of `scale:N[:M[:K]]`: M zones default to ⌈N/100⌉, K L4 proxies per zone to 10. */
export function scaleOf(option: Partial<ScaleSeed> & { proxies: number }): ScaleSeed {
  return { proxies: option.proxies, zones: option.zones ?? Math.max(1, Math.ceil(option.proxies / 100)), l4PerZone: option.l4PerZone ?? 10 };
}

export function parseSeed(text: string): ParsedSeed | undefined {
  if (text === "demo" || text === "empty") return text;
  const match = /^scale:(\d+)(?::(\d+)(?::(\d+))?)?$/.exec(text);
  if (!match) return undefined;
  const [proxies, zones, l4PerZone] = match.slice(1).map((v) => (v === undefined ? undefined : Number(v)));
  return { scale: { proxies: proxies!, ...(zones !== undefined ? { zones } : {}), ...(l4PerZone !== undefined ? { l4PerZone } : {}) } };
}

export function seedState(option: SeedOption, now: number, hostile: boolean): SandboxState {
  const parsed = typeof option === "string" ? parseSeed(option) : option;
  if (parsed === undefined) throw new Error(`unknown seed "${String(option)}": use demo, empty or scale:N[:M[:K]]`);
  const state = parsed === "demo" ? demoSeed(now) : parsed === "empty" ? emptyState(demoCatalog()) : scaleSeed(scaleOf(parsed.scale), now);
  if (typeof parsed === "object") addScaleListeners(state);
  if (hostile) addHostileRecords(state, now);
  if (hostile) addHostileListeners(state, HOSTILE_STRINGS.proxyName);
  return state;
}
