// Cursor pages of one list per owner (an event's orders, a user's tickets, an organization's events) for many owners
// in one statement: a LATERAL join takes each owner's next `first + 1` ids after its own cursor. Rows are then read
// through a by-id loader, so a list of parents with their pages costs two statements, however long.
import DataLoader from "dataloader";
import type { DbClient } from "./db.js";
import { Prisma } from "./generated/prisma/client.js";
import { decodeKeyset, toKeysetPage, type Page } from "./pagination.js";

export interface OwnerPageKey {
  ownerId: string;
  first: number;
  after: string | null;
}

/** One kind of list. Table and column names are SQL identifiers written in code, never input. */
export interface OwnerList<K extends OwnerPageKey> {
  /** Schema-qualified and quoted, e.g. `"ticketing"."orders"`; its rows are `t` in `filter.where`. */
  table: string;
  /** The column holding the owner's id. */
  owner: string;
  /** The column the list is sorted by (then by id), its SQL type, and the direction (newest first unless ascending). */
  sort: string;
  sortType: "timestamptz" | "bigint";
  ascending?: boolean;
  /**
   * What else a row must satisfy, decided per key: `value` is sent along with each key (as `k.filter`), `where` is
   * the condition on `t` and `k.filter`, e.g. which statuses, or whether drafts count.
   */
  filter: { value: (key: K) => Prisma.Sql; where: Prisma.Sql };
}

/** One page of ids per key, in the keys' order; the cursor holds the row's sort value (as PostgreSQL prints it) and id. */
export async function ownerPages<K extends OwnerPageKey>(
  db: DbClient,
  list: OwnerList<K>,
  keys: readonly K[],
): Promise<Page<string>[]> {
  if (keys.length === 0) return [];
  const rows = keys.map((k, index) => {
    const [sortValue, id] = k.after ? decodeKeyset(k.after, 2) : [null, null];
    return Prisma.sql`(${index}::int, ${k.ownerId}::uuid, ${sortValue === null ? null : String(sortValue)}::text, ${id}::uuid, ${list.filter.value(k)}, ${k.first + 1}::int)`;
  });
  const table = Prisma.raw(list.table);
  const owner = Prisma.raw(`t.${list.owner}`);
  const sort = Prisma.raw(`t.${list.sort}`);
  const cast = Prisma.raw(list.sortType);
  const comparison = Prisma.raw(list.ascending ? ">" : "<");
  const direction = Prisma.raw(list.ascending ? "ASC" : "DESC");
  const hits = await db.$queryRaw<{ key_index: number; id: string; sort_value: string }[]>`
    WITH keys(key_index, owner_id, after_sort, after_id, filter, page_limit) AS (VALUES ${Prisma.join(rows)})
    SELECT k.key_index, x.id, x.sort_value
      FROM keys k
      CROSS JOIN LATERAL (
        SELECT t.id, ${sort}::text AS sort_value FROM ${table} t
         WHERE ${owner} = k.owner_id
           AND ${list.filter.where}
           AND (k.after_sort IS NULL OR (${sort}, t.id) ${comparison} (k.after_sort::${cast}, k.after_id))
         ORDER BY ${sort} ${direction}, t.id ${direction}
         LIMIT k.page_limit
      ) x
     ORDER BY k.key_index`;
  const byKey = keys.map(() => [] as { id: string; sort: string }[]);
  for (const hit of hits) byKey[hit.key_index]?.push({ id: hit.id, sort: hit.sort_value });
  return byKey.map((list, i) => {
    const page = toKeysetPage(list, (keys[i] as K).first, (hit) => [hit.sort, hit.id]);
    return { nodes: page.nodes.map((hit) => hit.id), pageInfo: page.pageInfo };
  });
}

/** Turns a page of ids into a page of rows (dropping ids that vanished between the two statements). */
export async function loadPage<T>(
  page: Page<string>,
  load: (ids: string[]) => Promise<(T | null | Error)[]>,
): Promise<Page<T>> {
  const rows = await load(page.nodes);
  return { nodes: rows.filter((r): r is T => r !== null && !(r instanceof Error)), pageInfo: page.pageInfo };
}

/** A per-request loader of pages of rows per owner for one kind of list; `load` reads the rows by id (a by-id loader). */
export function ownerPageLoader<K extends OwnerPageKey, T>(
  db: DbClient,
  list: OwnerList<K>,
  load: (ids: string[]) => Promise<(T | null | Error)[]>,
): DataLoader<K, Page<T>, string> {
  return new DataLoader<K, Page<T>, string>(
    async (keys) => Promise.all((await ownerPages(db, list, keys)).map((page) => loadPage(page, load))),
    { cacheKeyFn: (key) => JSON.stringify(key) },
  );
}
