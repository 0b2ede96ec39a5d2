import type { RequestParams } from "../actions/actionDefinition";
import type { PathFinding } from "../validation/finding";
import { stringParam } from "../preflight/requestValues";
import { liveFinding } from "./liveFinding";
import type { LiveSource } from "./liveSource";

/** CreateL4Proxy: the zone exists and is not paused, and the name is free in it. */
export async function l4CreateLiveChecks(request: RequestParams, source: LiveSource, signal?: AbortSignal): Promise<PathFinding[]> {
  const zoneId = stringParam(request.ZoneId);
  if (!zoneId) return [];
  const zone = await source.zone(zoneId, signal);
  if (!zone) return [liveFinding("/ZoneId", "live-zone-not-found", "error", { id: zoneId })];
  const found: PathFinding[] = [];
  if (zone.paused) found.push(liveFinding("/ZoneId", "live-zone-paused", "error", { id: zoneId, name: zone.name }));
  const name = typeof request.ProxyName === "string" ? request.ProxyName : undefined;
  if (name && (await source.l4NameTaken(zoneId, name, signal))) found.push(liveFinding("/ProxyName", "live-l4-name-taken", "error", { name, zone: zone.name }));
  return found;
}
