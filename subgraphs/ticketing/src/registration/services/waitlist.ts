// The waitlist: whenever places free up (a cancelled registration, a refund, a released reservation, a raised
// limit), the next waiting people move up in the same transaction, first come first served.
import { RegistrationChanged, type ContractEvent, type EventUpdated } from "@bilten/contracts";
import { inTransaction, type OutboxRelay, type PrismaClient, type Recorder } from "@bilten/platform";
import type { Prisma, Registration } from "@bilten/platform/prisma";
import { registrationChanged } from "../../common/domain-events.js";
import { takePlaces } from "../../sales/services/inventory.js";

/**
 * Promotes waitlisted registrations of the event while places are free. The next person's row is locked with
 * SKIP LOCKED (someone cancelling their waitlist entry right now is passed over, not waited for); each promotion
 * takes its place with the same conditional update as everything else. Returns the promoted registrations.
 */
export async function promoteWaitlisted(
  tx: Prisma.TransactionClient,
  record: Recorder,
  eventId: string,
): Promise<Registration[]> {
  const promoted: Registration[] = [];
  for (;;) {
    const next = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "ticketing"."registrations"
       WHERE event_id = ${eventId}::uuid AND status = 'WAITLISTED'
       ORDER BY queue_number
       LIMIT 1 FOR UPDATE SKIP LOCKED`;
    const id = next[0]?.id;
    if (!id) break;
    if (!(await takePlaces(tx, eventId, 1))) break;
    const registration = await tx.registration.update({
      where: { id },
      data: { status: "REGISTERED", promotedAt: new Date() },
    });
    await record(RegistrationChanged, registrationChanged(registration, "WAITLISTED", { promoted: true }));
    promoted.push(registration);
  }
  return promoted;
}

/** After the events subgraph changed an event (e.g. raised its capacity), waiting people may move up. */
export async function promoteAfterEventChange(
  db: PrismaClient,
  event: ContractEvent<typeof EventUpdated>,
  outbox?: OutboxRelay,
): Promise<void> {
  const { eventId } = event.data;
  const waiting = await db.$queryRawUnsafe<unknown[]>(
    `SELECT 1 FROM "ticketing"."registrations" WHERE event_id = $1::uuid AND status = 'WAITLISTED' LIMIT 1`,
    eventId,
  );
  if (waiting.length === 0) return;
  await inTransaction(db, outbox, (tx, record) => promoteWaitlisted(tx, record, eventId));
}
