/**
 * Sets `key` as an own data property. Plain assignment would call the prototype setter for a "__proto__" key, which
 * JSON.parse keeps as an ordinary key: a request file's "__proto__" stays data, never becomes a prototype.
 */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
