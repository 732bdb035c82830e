// DataLoader builders. Each request gets fresh loaders, so batching and caching never cross viewers. Every loader
// here takes its keys as ids: malformed ones never reach the database (they are simply not found), and each
// distinct id is asked for once per batch.
import DataLoader from "dataloader";
import type { Cache } from "./cache.js";
import { isUuid } from "./validation.js";

/** One value per key, from `fetch` (only called when there is a valid key); keys it has no value for get `missing()`. */
function keyedLoader<V>(fetch: (keys: string[]) => Promise<Map<string, V>>, missing: () => V): DataLoader<string, V> {
  return new DataLoader<string, V>(async (keys) => {
    const valid = [...new Set(keys.filter(isUuid))];
    const found = valid.length ? await fetch(valid) : new Map<string, V>();
    return keys.map((key) => found.get(key) ?? missing());
  });
}

const byKey = <V>(rows: V[], keyOf: (row: V) => string) => new Map(rows.map((row) => [keyOf(row), row]));

function grouped<V>(rows: V[], keyOf: (row: V) => string): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Loads rows by id in one statement; unknown or malformed ids resolve to null. */
export function byIdLoader<V extends { id: string }>(
  fetch: (ids: string[]) => Promise<V[]>,
): DataLoader<string, V | null> {
  return byKeyLoader(fetch, (row) => row.id);
}

/** Loads the one row per key of another unique column (e.g. an event's places by `eventId`); null when there is none. */
export function byKeyLoader<V>(
  fetch: (keys: string[]) => Promise<V[]>,
  keyOf: (row: V) => string,
): DataLoader<string, V | null> {
  return keyedLoader(
    async (keys) => byKey(await fetch(keys), keyOf),
    () => null,
  );
}

/** Loads the rows belonging to each key (one-to-many) in one statement. */
export function groupLoader<V>(
  fetch: (keys: string[]) => Promise<V[]>,
  keyOf: (row: V) => string,
): DataLoader<string, V[]> {
  return keyedLoader(
    async (keys) => grouped(await fetch(keys), keyOf),
    () => [],
  );
}

/**
 * Loads a value computed per key (a count, a position, an aggregate) in one statement; `fetch` returns the values it
 * found, every other key gets `missing` (shared between keys: a value, not a row to change).
 */
export function valueLoader<V>(fetch: (keys: string[]) => Promise<Map<string, V>>, missing: V): DataLoader<string, V> {
  return keyedLoader(fetch, () => missing);
}

export interface CachedLoaderOptions<V> {
  cache: Cache;
  /** The cache entry of a key. */
  entry: (key: string) => string;
  ttlSeconds: number;
  /** The values of keys the cache did not have (one statement), as `byKeyLoader`/`groupLoader` would find them. */
  fetch: (keys: string[]) => Promise<Map<string, V>>;
  /** Of the fetched values, the keys whose values every viewer may see: only those are written to the cache. */
  shareable: (fetched: Map<string, V>) => Promise<string[]> | string[];
  missing: () => V;
}

/**
 * A loader that reads through the cache: one MGET per batch, the database only for the misses, and the shareable
 * misses written back. With the cache off it reads the database like any other loader (and never asks `shareable`).
 */
export function cachedLoader<V>(options: CachedLoaderOptions<V>): DataLoader<string, V> {
  const { cache, entry } = options;
  return keyedLoader(async (keys) => {
    const cached = await cache.getMany<V>(keys.map(entry));
    const found = new Map<string, V>();
    keys.forEach((key, i) => cached[i] && found.set(key, cached[i] as V));
    const misses = keys.filter((key) => !found.has(key));
    if (misses.length) {
      const fetched = await options.fetch(misses);
      for (const [key, value] of fetched) found.set(key, value);
      if (cache.enabled) {
        const shareable = await options.shareable(fetched);
        await cache.setMany(
          shareable.map((key) => [entry(key), fetched.get(key)]),
          options.ttlSeconds,
        );
      }
    }
    return found;
  }, options.missing);
}

/**
 * Loads a row another row of this subgraph refers to (by foreign key, or to rows that are never deleted). It exists,
 * so a miss is a broken invariant (an internal error), never a null for a non-null field.
 */
export async function loadExisting<V>(loader: DataLoader<string, V | null>, id: string, what: string): Promise<V> {
  const row = await loader.load(id);
  if (row === null) throw new Error(`${what} ${id} is missing`);
  return row;
}
