// DataLoader builders. Each request gets fresh loaders, so batching and caching never cross viewers.
import DataLoader from "dataloader";
import { isUuid } from "./validation.js";

/** Loads rows by id in one statement; unknown or malformed ids resolve to null. */
export function byIdLoader<V extends { id: string }>(fetch: (ids: string[]) => Promise<V[]>): DataLoader<string, V | null> {
  return new DataLoader<string, V | null>(async (keys) => {
    const valid = keys.filter(isUuid);
    const rows = valid.length ? await fetch([...new Set(valid)]) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return keys.map((key) => byId.get(key) ?? null);
  });
}

/** Loads the rows belonging to each key (one-to-many) in one statement. */
export function groupLoader<V>(
  fetch: (keys: string[]) => Promise<V[]>,
  keyOf: (row: V) => string,
): DataLoader<string, V[]> {
  return new DataLoader<string, V[]>(async (keys) => {
    const valid = keys.filter(isUuid);
    const rows = valid.length ? await fetch([...new Set(valid)]) : [];
    const groups = new Map<string, V[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
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
