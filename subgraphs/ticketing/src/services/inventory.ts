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

export async function returnPlaces(tx: Tx, eventId: string, n: number): Promise<void> {
  await tx.$executeRaw`
    UPDATE "ticketing"."event_places" SET taken = taken - ${n}, updated_at = now()
     WHERE event_id = ${eventId}::uuid AND taken >= ${n}`;
}

/** Counts one use of a code if it is active, valid now and not used up. */
export async function useDiscountCode(tx: Tx, codeId: string): Promise<boolean> {
  const updated = await tx.$executeRaw`
    UPDATE "ticketing"."discount_codes" SET uses = uses + 1, updated_at = now()
     WHERE id = ${codeId}::uuid AND active AND (max_uses IS NULL OR uses < max_uses)
       AND (valid_from IS NULL OR valid_from <= now()) AND (valid_until IS NULL OR valid_until > now())`;
  return updated === 1;
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
