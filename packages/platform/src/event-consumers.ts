// Consumers read the stream through the contracts of the events they handle. An event of a handled type reaches the
// handler checked and typed; one whose version is unknown or whose payload does not parse is logged and put into the
// consumer's dead-letter table, and consumption goes on, so one bad event never blocks those behind it. Event types
// a consumer does not handle are skipped.
//
// Dead letters are rows in `<schema>.dead_letters` of the consumer's own subgraph (not a Redis stream): they outlive
// Redis restarts and trimming, exist on the embedded default too (which has no Redis), and are read with SQL next to
// the data the consumer keeps. Writing one is idempotent per (consumer, event id), so a redelivery adds nothing.
import { readEvent, type AnyEventContract, type ContractEvent, type DomainEvent } from "@bilten/contracts/contract";
import type { DbClient } from "./db.js";
import type { Consumer, DomainEventStream } from "./domain-events.js";
import type { Logger } from "./logging.js";

export interface ContractConsumerOptions<C extends AnyEventContract> {
  /** Consumer group on the stream, and the consumer's name in its dead letters. */
  group: string;
  /** The events (every version) the consumer handles. */
  contracts: readonly C[];
  /** The consumer's PostgreSQL schema, which holds its `dead_letters` table. */
  schema: string;
  db: DbClient;
  log: Logger;
  /** Reads the stream from its start the first time the group is created. */
  fromStart?: boolean;
}

/** Delivers the handled events one at a time (at least once, like `DomainEventStream.consume`). */
export function consumeEvents<C extends AnyEventContract>(
  stream: DomainEventStream,
  options: ContractConsumerOptions<C>,
  handler: (event: ContractEvent<C>) => Promise<void>,
): Promise<Consumer> {
  const read = reader(options);
  return stream.consume(
    options.group,
    async (event) => {
      const known = await read(event);
      if (known) await handler(known);
    },
    { fromStart: options.fromStart ?? false },
  );
}

/** Delivers the handled events of what arrived together, for consumers that write in bulk. */
export function consumeEventBatches<C extends AnyEventContract>(
  stream: DomainEventStream,
  options: ContractConsumerOptions<C>,
  handler: (events: ContractEvent<C>[]) => Promise<void>,
): Promise<Consumer> {
  const read = reader(options);
  return stream.consumeBatches(
    options.group,
    async (events) => {
      const known: ContractEvent<C>[] = [];
      for (const event of events) {
        const checked = await read(event);
        if (checked) known.push(checked);
      }
      if (known.length) await handler(known);
    },
    { fromStart: options.fromStart ?? false },
  );
}

function reader<C extends AnyEventContract>(options: ContractConsumerOptions<C>) {
  if (!/^[a-z_]+$/.test(options.schema)) throw new Error(`bad schema ${options.schema}`);
  const table = `"${options.schema}"."dead_letters"`;
  return async (event: DomainEvent): Promise<ContractEvent<C> | undefined> => {
    const reading = readEvent(options.contracts, event);
    if (reading.kind === "known") return reading.event;
    if (reading.kind === "malformed") {
      options.log.error(
        {
          group: options.group,
          eventId: event.id,
          source: event.source,
          eventType: event.eventType,
          eventVersion: event.eventVersion,
          reason: reading.reason,
        },
        "domain event refused by its contract; dead-lettered",
      );
      await options.db.$executeRawUnsafe(
        `INSERT INTO ${table} (consumer, event_id, source, event_type, event_version, reason, event)
         VALUES ($1, $2, $3, $4, $5::int, $6, $7::jsonb) ON CONFLICT (consumer, event_id) DO NOTHING`,
        options.group,
        String(event.id),
        String(event.source),
        String(event.eventType),
        Number.isInteger(event.eventVersion) ? event.eventVersion : null,
        reading.reason,
        JSON.stringify(event),
      );
    }
    return undefined;
  };
}
