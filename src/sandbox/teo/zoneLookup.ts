import { ApiError } from "../apiError";
import type { L4Record, SandboxState, ZoneRecord } from "../state/sandboxState";

/** An unknown ZoneId: TEO's own code for a site that does not exist (Go SDK teo/v20220901 errors.go). */
export function requireZone(state: SandboxState, zoneId: string): ZoneRecord {
  const zone = Object.hasOwn(state.zones, zoneId) ? state.zones[zoneId] : undefined;
  if (!zone) throw new ApiError("InvalidParameter.ZoneNotFound", { zoneId });
  return zone;
}

/** A paused site refuses every change to its L4 proxies. */
export function refusePaused(zone: ZoneRecord): void {
  if (zone.Paused || zone.ActiveStatus === "paused") throw new ApiError("OperationDenied.ErrZoneIsAlreadyPaused", { zoneId: zone.ZoneId });
}

export function requireL4(state: SandboxState, zoneId: string, proxyId: string): L4Record {
  const l4 = Object.hasOwn(state.l4Proxies, proxyId) ? state.l4Proxies[proxyId] : undefined;
  if (!l4 || l4.ZoneId !== zoneId) throw new ApiError("ResourceNotFound", { id: proxyId });
  return l4;
}

export const l4ProxiesOf = (state: SandboxState, zoneId: string): L4Record[] =>
  Object.values(state.l4Proxies).filter((p) => p.ZoneId === zoneId);
