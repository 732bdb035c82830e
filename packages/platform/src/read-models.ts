// Read models a subgraph keeps from another subgraph's domain events (the seed's "services maintain local copies of
// essential data from other domains"): one row per aggregate, from events that carry its whole state. Which events
// and which columns are the consumer's business; here is only the statement, which lets newer states win, so
// replays and out-of-order redeliveries change nothing.
import type { DbClient } from "./db.js";

const IDENTIFIER = /^[a-z_]+$/;

export interface ReadModelTable {
  schema: string;
  table: string;
  /** The primary key column. */
  key: string;
  /** The column that orders states (e.g. updated_at): a stored row is replaced only by one at least as new. */
  version: string;
}

/**
 * Inserts the row (column name to value), or updates the stored one unless that one is newer. Values are cast to
 * the columns' own types by PostgreSQL (jsonb_populate_record), so ISO instants, uuids and numbers go in as they are.
 */
export async function upsertNewer(
  db: DbClient,
  target: ReadModelTable,
  row: Record<string, string | number | boolean | null>,
): Promise<void> {
  const columns = Object.keys(row);
  for (const name of [target.schema, target.table, target.key, target.version, ...columns]) {
    if (!IDENTIFIER.test(name)) throw new Error(`bad identifier ${name}`);
  }
  const table = `"${target.schema}"."${target.table}"`;
  await db.$executeRawUnsafe(
    `INSERT INTO ${table} (${columns.join(", ")})
     SELECT ${columns.join(", ")} FROM jsonb_populate_record(NULL::${table}, $1::jsonb)
     ON CONFLICT (${target.key}) DO UPDATE SET ${columns
       .filter((c) => c !== target.key)
       .map((c) => `${c} = EXCLUDED.${c}`)
       .join(", ")}
     WHERE ${table}.${target.version} <= EXCLUDED.${target.version}`,
    JSON.stringify(row),
  );
}
