/**
 * A table keyed by outside text (ClientTokens, IDs, action names from requests or a state file): a null-prototype
 * object, so `__proto__`, `constructor` or `toString` are ordinary keys that neither read nor write Object.prototype.
 * Plain JSON both ways, which is why the state uses it rather than a Map.
 */
export function dictionary<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const table = Object.create(null) as Record<string, T>;
  // Assignment is safe here: without a prototype there is no `__proto__` setter to reach.
  for (const [key, value] of entries) table[key] = value;
  return table;
}

/** The entry under `key` when it is the table's own (never something inherited). */
export const ownEntry = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);
