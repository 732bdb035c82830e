// Cursor pages of orders, tickets and registrations per owner (an event or a user), for many owners in one
// statement: a LATERAL join takes each owner's next `first + 1` ids after its own cursor. Rows are then loaded
// through the by-id loaders, so a list of events with their orders costs two statements, however long.
import DataLoader from "dataloader";
import { decodeKeyset, encodeKeyset, type Db, type Page } from "@bilten/platform";
import { Prisma } from "@bilten/platform/prisma";

export interface PageKey {
  ownerId: string;
  first: number;
  after: string | null;
  /** Only rows in these statuses; null for all. */
  statuses: string[] | null;
}

interface PageSpec {
  table: "orders" | "tickets" | "registrations";
  owner: "event_id" | "buyer_id" | "holder_id" | "user_id";
  /** Sort column and its SQL type; pages run newest first unless `ascending`. */
  sort: "created_at" | "issued_at" | "registered_at" | "queue_number";
  sortType: "timestamptz" | "bigint";
  ascending?: boolean;
}

export const PAGES = {
  ordersByEvent: { table: "orders", owner: "event_id", sort: "created_at", sortType: "timestamptz" },
  ordersByBuyer: { table: "orders", owner: "buyer_id", sort: "created_at", sortType: "timestamptz" },
  ticketsByEvent: { table: "tickets", owner: "event_id", sort: "issued_at", sortType: "timestamptz" },
  ticketsByHolder: { table: "tickets", owner: "holder_id", sort: "issued_at", sortType: "timestamptz" },
  registrationsByEvent: { table: "registrations", owner: "event_id", sort: "queue_number", sortType: "bigint", ascending: true },
  registrationsByUser: { table: "registrations", owner: "user_id", sort: "registered_at", sortType: "timestamptz" },
} satisfies Record<string, PageSpec>;

/** One page of ids per key. */
async function pagesOfIds(db: Db, spec: PageSpec, keys: readonly PageKey[]): Promise<Page<string>[]> {
  if (keys.length === 0) return [];
  const rows = keys.map((k, index) => {
    const [sortValue, id] = k.after ? decodeKeyset(k.after, 2) : [null, null];
    return Prisma.sql`(${index}::int, ${k.ownerId}::uuid, ${sortValue === null ? null : String(sortValue)}::text, ${id}::uuid, ${k.statuses}::text[], ${k.first + 1}::int)`;
  });
  const table = Prisma.raw(`"ticketing"."${spec.table}"`);
  const owner = Prisma.raw(`t.${spec.owner}`);
  const sort = Prisma.raw(`t.${spec.sort}`);
  const cast = Prisma.raw(spec.sortType);
  const comparison = Prisma.raw(spec.ascending ? ">" : "<");
  const direction = Prisma.raw(spec.ascending ? "ASC" : "DESC");
  const hits = await db.$queryRaw<{ key_index: number; id: string; sort_value: string }[]>`
    WITH keys(key_index, owner_id, after_sort, after_id, statuses, page_limit) AS (VALUES ${Prisma.join(rows)})
    SELECT k.key_index, x.id, x.sort_value
      FROM keys k
      CROSS JOIN LATERAL (
        SELECT t.id, ${sort}::text AS sort_value FROM ${table} t
         WHERE ${owner} = k.owner_id
           AND (k.statuses IS NULL OR t.status::text = ANY(k.statuses))
           AND (k.after_sort IS NULL OR (${sort}, t.id) ${comparison} (k.after_sort::${cast}, k.after_id))
         ORDER BY ${sort} ${direction}, t.id ${direction}
         LIMIT k.page_limit
      ) x
     ORDER BY k.key_index`;
  const byKey = keys.map(() => [] as { id: string; sort: string }[]);
  for (const hit of hits) byKey[hit.key_index]?.push({ id: hit.id, sort: hit.sort_value });
  return byKey.map((list, i) => {
    const size = (keys[i] as PageKey).first;
    const nodes = list.slice(0, size);
    const last = nodes.at(-1);
    return {
      nodes: nodes.map((n) => n.id),
      pageInfo: { hasNextPage: list.length > size, endCursor: last ? encodeKeyset([last.sort, last.id]) : null },
    };
  });
}

/** A DataLoader of id pages per owner for one kind of list. */
export function pageLoader(db: Db, spec: PageSpec): DataLoader<PageKey, Page<string>, string> {
  return new DataLoader<PageKey, Page<string>, string>((keys) => pagesOfIds(db, spec, keys), { cacheKeyFn: (key) => JSON.stringify(key) });
}

/** Turns a page of ids into a page of rows (dropping ids that vanished between the two statements). */
export async function loadPage<T>(page: Page<string>, load: (ids: string[]) => Promise<(T | null | Error)[]>): Promise<Page<T>> {
  const rows = await load(page.nodes);
  return { nodes: rows.filter((r): r is T => r !== null && !(r instanceof Error)), pageInfo: page.pageInfo };
}

export type PageLoaders = Record<keyof typeof PAGES, DataLoader<PageKey, Page<string>, string>>;

/** One page loader per kind of list, for one request. */
export function createPageLoaders(db: Db): PageLoaders {
  return Object.fromEntries(Object.entries(PAGES).map(([name, spec]) => [name, pageLoader(db, spec)])) as PageLoaders;
}
