// Inventory: every change of `sold`, `taken` and `uses` is one conditional UPDATE inside the caller's transaction
// (the row count says whether it fit); nothing is read first and written later. Locks are always taken in the
// same order — ticket types by id, then the event's places row, then the discount code, then registrations —
// so concurrent purchases, refunds and registrations cannot deadlock.
import type { Prisma } from "@bilten/platform/prisma";

type Tx = Prisma.TransactionClient;

/** Sells `n` tickets of a type if it is active and has them left. */
export async function takeTickets(tx: Tx, ticketTypeId: string, n: number): Promise<boolean> {
  const updated = await tx.$executeRaw`
    UPDATE "ticketing"."ticket_types" SET sold = sold + ${n}, updated_at = now()
     WHERE id = ${ticketTypeId}::uuid AND active AND sold + ${n} <= quantity`;
  return updated === 1;
}

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
export async function takePlaces(tx: Tx, eventId: string, n: number, options: { behindQueue?: boolean } = {}): Promise<boolean> {
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

/**
 * The last step of a reservation in ONE statement: `n` tickets of a type, then (only if they were there) `places`
 * places of the event, then (only if those were there) a use of the discount code. While a ticket type sells
 * fast, its row and the event's places row are the hot locks; taking both in a single round trip right before the
 * commit keeps them held as briefly as possible. Each count says which step fit; the caller rolls back otherwise.
 */
export async function takeTicketsPlacesAndCode(
  tx: Tx,
  take: { ticketTypeId: string; n: number; eventId: string; places: number; codeId: string | null },
): Promise<{ tickets: boolean; places: boolean; code: boolean }> {
  const rows = await tx.$queryRaw<{ tickets: number; places: number; codes: number }[]>`
    WITH tt AS (
      UPDATE "ticketing"."ticket_types" SET sold = sold + ${take.n}, updated_at = now()
       WHERE id = ${take.ticketTypeId}::uuid AND active AND sold + ${take.n} <= quantity
       RETURNING id
    ), pl AS (
      UPDATE "ticketing"."event_places" p SET taken = p.taken + ${take.places}, updated_at = now()
        FROM "ticketing"."event_refs" e
       WHERE p.event_id = ${take.eventId}::uuid AND e.id = p.event_id AND EXISTS (SELECT 1 FROM tt)
         AND (e.capacity IS NULL OR p.taken + ${take.places} <= e.capacity)
         AND (p.place_limit IS NULL OR p.taken + ${take.places} <= p.place_limit)
       RETURNING p.event_id
    ), dc AS (
      UPDATE "ticketing"."discount_codes" SET uses = uses + 1, updated_at = now()
       WHERE id = ${take.codeId}::uuid AND EXISTS (SELECT 1 FROM pl) AND active AND (max_uses IS NULL OR uses < max_uses)
         AND (valid_from IS NULL OR valid_from <= now()) AND (valid_until IS NULL OR valid_until > now())
       RETURNING id
    )
    SELECT (SELECT count(*) FROM tt)::int AS tickets, (SELECT count(*) FROM pl)::int AS places, (SELECT count(*) FROM dc)::int AS codes`;
  const row = rows[0];
  return { tickets: row?.tickets === 1, places: row?.places === 1, code: row?.codes === 1 };
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
