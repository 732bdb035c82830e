// This subgraph's read model of the events subgraph's events and sessions (event_refs, session_refs), kept from its
// domain events: newer states win, so replays and late redeliveries change nothing (see readModelRow).
import { readModelRow, type ContractEvent, type eventsEvents } from "@bilten/contracts";
import { upsertNewer, type DbClient } from "@bilten/platform";

export async function applyToEventRefs(
  db: DbClient,
  event: ContractEvent<(typeof eventsEvents)[number]>,
): Promise<void> {
  const { table, row } = readModelRow(event);
  await upsertNewer(db, { schema: "analytics", table, key: "id", version: "updated_at" }, row);
}
