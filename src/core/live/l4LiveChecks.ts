import type { RequestParams } from "../actions/actionDefinition";
import type { PathFinding } from "../validation/finding";
import type { LiveSource } from "./liveSource";

const live = (path: string, code: string, params: PathFinding["params"]): PathFinding => ({ path, code, severity: "error", target: "value", params, live: true });

/** CreateL4Proxy: the zone exists and is not paused, and the name is free in it. */
export async function l4CreateLiveChecks(request: RequestParams, source: LiveSource, signal?: AbortSignal): Promise<PathFinding[]> {
  const zoneId = typeof request.ZoneId === "string" && request.ZoneId ? request.ZoneId : undefined;
  if (!zoneId) return [];
  const zone = await source.zone(zoneId, signal);
  if (!zone) return [live("/ZoneId", "live-zone-not-found", { id: zoneId })];
  const found: PathFinding[] = [];
  if (zone.paused) found.push(live("/ZoneId", "live-zone-paused", { id: zoneId, name: zone.name }));
  const name = typeof request.ProxyName === "string" ? request.ProxyName : undefined;
  if (name && (await source.l4NameTaken(zoneId, name, signal))) found.push(live("/ProxyName", "live-l4-name-taken", { name, zone: zone.name }));
  return found;
}
