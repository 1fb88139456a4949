/**
 * `base` with `over`'s keys laid over it, nested tables key by key; a plural table (with `other`) whole. How a page's
 * message table is laid over a shipped one (see languages.ts), and the map's words over English's (see MapSlot).
 */
export function merged(base: object, over: object): object {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    const old = (base as Record<string, unknown>)[key];
    result[key] = isTable(value) && isTable(old) && !('other' in value) ? merged(old, value) : value;
  }
  return result;
}

function isTable(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
