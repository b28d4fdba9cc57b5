/**
 * Makes a per-request factory: the first call with a request context
 * builds the value (usually a set of DataLoaders), later calls with the same
 * context return it. A new request gets new loaders, so nothing is cached
 * across requests or viewers.
 */
export function perRequest<Context extends object, T>(
  create: (context: Context) => T,
): (context: Context) => T {
  const cache = new WeakMap<Context, T>();

  return (context) => {
    let value = cache.get(context);

    if (value === undefined) {
      value = create(context);
      cache.set(context, value);
    }

    return value;
  };
}

/** Orders rows by the keys they belong to, for a DataLoader batch. */
export function groupByKey<K, Row>(
  keys: readonly K[],
  rows: readonly Row[],
  keyOf: (row: Row) => K,
): Row[][] {
  const groups = new Map<K, Row[]>(keys.map((key) => [key, []]));

  for (const row of rows) {
    groups.get(keyOf(row))?.push(row);
  }

  return keys.map((key) => groups.get(key) ?? []);
}

/** Finds the row for each key, or null, for a DataLoader batch. */
export function findByKey<K, Row>(
  keys: readonly K[],
  rows: readonly Row[],
  keyOf: (row: Row) => K,
): (Row | null)[] {
  const byKey = new Map<K, Row>(rows.map((row) => [keyOf(row), row]));

  return keys.map((key) => byKey.get(key) ?? null);
}
