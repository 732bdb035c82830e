// Inventory: every change of `sold`, `taken` and `uses` is one conditional UPDATE inside the caller's transaction
// (the row count says whether it fit); nothing is read first and written later. Locks are always taken in the
// same order — ticket types by id, then the event's places row, then the discount code, then registrations —
// so concurrent purchases, refunds and registrations cannot deadlock.
import { Prisma } from "@bilten/platform/prisma";

type Tx = Prisma.TransactionClient;

export async function returnTickets(tx: Tx, ticketTypeId: string, n: number): Promise<void> {
  await tx.$executeRaw`
    UPDATE "ticketing"."ticket_types" SET sold = sold - ${n}, updated_at = now()
     WHERE id = ${ticketTypeId}::uuid AND sold >= ${n}`;
}

/** The per-event row exists from the first ticket type, registration or place limit on. */
export async function ensurePlaces(tx: Tx, eventId: string): Promise<void> {
  await tx.$executeRaw`INSERT INTO "ticketing"."event_places" (event_id) VALUES (${eventId}::uuid) ON CONFLICT (event_id) DO NOTHING`;
}

/**
 * Takes `n` places of the event if its capacity (read model) and place limit allow. With `behindQueue`, a new
 * registrant gets no place while others are waiting (first come, first served).
 */
export async function takePlaces(
  tx: Tx,
  eventId: string,
  n: number,
  options: { behindQueue?: boolean } = {},
): Promise<boolean> {
  const updated = options.behindQueue
    ? await tx.$executeRaw`
        UPDATE "ticketing"."event_places" p SET taken = p.taken + ${n}, updated_at = now()
          FROM "ticketing"."event_refs" e
         WHERE p.event_id = ${eventId}::uuid AND e.id = p.event_id
           AND (e.capacity IS NULL OR p.taken + ${n} <= e.capacity)
           AND (p.place_limit IS NULL OR p.taken + ${n} <= p.place_limit)
           AND NOT EXISTS (SELECT 1 FROM "ticketing"."registrations" w WHERE w.event_id = p.event_id AND w.status = 'WAITLISTED')`
    : await tx.$executeRaw`
        UPDATE "ticketing"."event_places" p SET taken = p.taken + ${n}, updated_at = now()
          FROM "ticketing"."event_refs" e
         WHERE p.event_id = ${eventId}::uuid AND e.id = p.event_id
           AND (e.capacity IS NULL OR p.taken + ${n} <= e.capacity)
           AND (p.place_limit IS NULL OR p.taken + ${n} <= p.place_limit)`;
  return updated === 1;
}

/** Why a reservation statement refused; raised by the `ticketing.refuse` SQL function (see the migration). */
export const REFUSALS = ["SOLD_OUT", "EVENT_SOLD_OUT", "DISCOUNT_CODE_EXHAUSTED"] as const;
export type Refusal = (typeof REFUSALS)[number];

export interface Take {
  items: { ticketTypeId: string; n: number }[];
  eventId: string;
  /** Places of the event the order takes (its number of tickets). */
  places: number;
  codeId: string | null;
}

/**
 * A reservation's inventory in ONE statement, as CTEs `lk`, `tt`, `pl`, `dc` plus a `check` expression for its
 * final SELECT: the ticket types' rows are locked in id order (so concurrent multi-type orders cannot deadlock),
 * `sold` goes up per type if active and enough are left, then the event's places if its capacity (read model) and
 * place limit allow, then the discount code's use if it is active, valid now and not used up. `check` raises a
 * Refusal when one of them took nothing, which aborts the whole statement: nothing is kept, and since it is one
 * statement the hot row locks are held only while PostgreSQL runs it, never across a round trip to the service.
 */
export function takeInventory(take: Take): { ctes: Prisma.Sql; check: Prisma.Sql } {
  const ids = take.items.map((i) => i.ticketTypeId);
  const ns = take.items.map((i) => i.n);
  const ctes = Prisma.sql`
    lk AS (
      SELECT id FROM "ticketing"."ticket_types" WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE
    ), tt AS (
      UPDATE "ticketing"."ticket_types" t SET sold = t.sold + v.n, updated_at = now()
        FROM unnest(${ids}::uuid[], ${ns}::int[]) AS v(id, n)
       -- Always true; it makes lk lock every requested row (in id order) before any of them is updated.
       WHERE t.id = v.id AND (SELECT count(*) FROM lk) >= 0 AND t.active AND t.sold + v.n <= t.quantity
       RETURNING t.id
    ), pl AS (
      UPDATE "ticketing"."event_places" p SET taken = p.taken + ${take.places}, updated_at = now()
        FROM "ticketing"."event_refs" e
       WHERE p.event_id = ${take.eventId}::uuid AND e.id = p.event_id AND (SELECT count(*) FROM tt) = ${ids.length}
         AND (e.capacity IS NULL OR p.taken + ${take.places} <= e.capacity)
         AND (p.place_limit IS NULL OR p.taken + ${take.places} <= p.place_limit)
       RETURNING p.event_id
    ), dc AS (
      UPDATE "ticketing"."discount_codes" SET uses = uses + 1, updated_at = now()
       WHERE id = ${take.codeId}::uuid AND EXISTS (SELECT 1 FROM pl) AND active AND (max_uses IS NULL OR uses < max_uses)
         AND (valid_from IS NULL OR valid_from <= now()) AND (valid_until IS NULL OR valid_until > now())
       RETURNING id
    )`;
  const check = Prisma.sql`CASE
      WHEN (SELECT count(*) FROM tt) <> ${ids.length} THEN "ticketing"."refuse"('SOLD_OUT')
      WHEN NOT EXISTS (SELECT 1 FROM pl) THEN "ticketing"."refuse"('EVENT_SOLD_OUT')
      WHEN ${take.codeId}::uuid IS NOT NULL AND NOT EXISTS (SELECT 1 FROM dc) THEN "ticketing"."refuse"('DISCOUNT_CODE_EXHAUSTED')
      ELSE 0 END`;
  return { ctes, check };
}

/** The Refusal a failed reservation statement raised, if that is why it failed. */
export function refusalOf(error: unknown): Refusal | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  const cause = (
    error.meta?.driverAdapterError as { cause?: { originalMessage?: string; message?: string } } | undefined
  )?.cause;
  const text = `${cause?.originalMessage ?? ""} ${cause?.message ?? ""} ${error.message}`;
  return REFUSALS.find((r) => new RegExp(`\\b${r}\\b`).test(text)) ?? null;
}

export async function returnPlaces(tx: Tx, eventId: string, n: number): Promise<void> {
  await tx.$executeRaw`
    UPDATE "ticketing"."event_places" SET taken = taken - ${n}, updated_at = now()
     WHERE event_id = ${eventId}::uuid AND taken >= ${n}`;
}

export async function returnDiscountCodeUse(tx: Tx, codeId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "ticketing"."discount_codes" SET uses = uses - 1, updated_at = now() WHERE id = ${codeId}::uuid AND uses > 0`;
}

/** Gives tickets back per type (in lock order) and their places to the event. */
export async function returnInventory(tx: Tx, eventId: string, perType: Map<string, number>): Promise<number> {
  let total = 0;
  for (const [ticketTypeId, n] of [...perType.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    await returnTickets(tx, ticketTypeId, n);
    total += n;
  }
  if (total > 0) await returnPlaces(tx, eventId, total);
  return total;
}
