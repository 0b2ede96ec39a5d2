import { gaapProxyId, type GaapGroupInfo, type GaapProxyInfo, type L4ProxyInfo, type RegionInfo, type ZoneInfo } from "./cloudResources";
import { classifyGaapGroup, classifyGaapProxy, classifyL4Proxy, classifyZone, type StatusClass } from "./statusClass";

export type FilterField = "name" | "id" | "region" | "status";

/** One condition: `field` absent means any of the four. */
export interface FilterTerm {
  field?: FilterField;
  value: string;
}

/** What a record offers to the filter, lower-cased. */
interface Haystack {
  name: string[];
  id: string[];
  region: string[];
  status: string[];
}

/** Field names as typed, English and Chinese (the filter prompt explains both). A Map: `constructor:x` is no field. */
const FIELD_ALIASES: ReadonlyMap<string, FilterField> = new Map([
  ["name", "name"],
  ["名称", "name"],
  ["id", "id"],
  ["region", "region"],
  ["area", "region"],
  ["地域", "region"],
  ["区域", "region"],
  ["status", "status"],
  ["state", "status"],
  ["状态", "status"],
]);

/**
 * A filter typed by a user: terms separated by spaces, all of which must match (case-insensitive substrings).
 * `shanghai` looks in name, ID, region and status; `status:creating`, `region:"Hong Kong"`, `id:link-` look in one.
 * A status term also matches the status class (`status:transitional`, `failed`, ...).
 */
export class ProxyFilter {
  private constructor(
    readonly text: string,
    readonly terms: readonly FilterTerm[],
  ) {}

  /** `undefined` for an empty or blank text: no filter. */
  static parse(text: string): ProxyFilter | undefined {
    const terms = tokenize(text).map(toTerm).filter((t) => t.value !== "");
    return terms.length ? new ProxyFilter(text.trim(), terms) : undefined;
  }

  matchesGaapProxy(p: GaapProxyInfo): boolean {
    return this.matches({
      name: [p.ProxyName],
      id: [gaapProxyId(p), p.Domain, p.IP],
      region: [p.AccessRegion, p.RealServerRegion, ...regionNames(p.AccessRegionInfo), ...regionNames(p.RealServerRegionInfo)],
      status: [p.Status, p.BanStatus, classifyGaapProxy(p)],
    });
  }

  matchesGaapGroup(g: GaapGroupInfo): boolean {
    return this.matches({
      name: [g.GroupName],
      id: [g.GroupId],
      region: regionNames(g.RealServerRegionInfo),
      status: [g.Status, classifyGaapGroup(g)],
    });
  }

  matchesZone(z: ZoneInfo): boolean {
    return this.matches({ name: [z.ZoneName], id: [z.ZoneId], region: [z.Area], status: [z.Status, z.ActiveStatus, classifyZone(z)] });
  }

  matchesL4Proxy(p: L4ProxyInfo): boolean {
    return this.matches({ name: [p.ProxyName], id: [p.ProxyId, p.Cname], region: [p.Area], status: [p.Status, classifyL4Proxy(p)] });
  }

  private matches(fields: Record<FilterField, (string | StatusClass | undefined | null)[]>): boolean {
    const hay: Haystack = {
      name: clean(fields.name),
      id: clean(fields.id),
      region: clean(fields.region),
      status: clean(fields.status),
    };
    return this.terms.every((t) => (t.field ? [t.field] : (["name", "id", "region", "status"] as const)).some((f) => hay[f].some((v) => v.includes(t.value))));
  }
}

const clean = (values: (string | undefined | null)[]): string[] => values.filter((v): v is string => !!v).map((v) => v.toLowerCase());

const regionNames = (r: RegionInfo | null | undefined): (string | undefined)[] => (r ? [r.RegionId, r.RegionName] : []);

/** Splits on spaces outside double quotes; quotes group words and are dropped. */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (/\s/.test(ch) && !quoted) {
      if (current) tokens.push(current);
      current = "";
    } else current += ch;
  }
  if (current) tokens.push(current);
  return tokens;
}

function toTerm(token: string): FilterTerm {
  const colon = token.search(/[:：]/);
  if (colon > 0) {
    const field = FIELD_ALIASES.get(token.slice(0, colon).toLowerCase());
    if (field) return { field, value: token.slice(colon + 1).toLowerCase() };
  }
  return { value: token.toLowerCase() };
}
