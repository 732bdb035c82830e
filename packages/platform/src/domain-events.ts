// Domain events: the seed's DomainEvent envelope, the per-subgraph outbox they are written to inside the
// business transaction, the relay that forwards them at least once, and the durable stream consumers read. What an
// event carries is its contract's business (@bilten/contracts); here is only how it travels.
import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import { Redis } from "ioredis";
import {
  contractLabel,
  validPayload,
  type AnyEventContract,
  type DomainEvent,
  type PayloadInput,
} from "@bilten/contracts/contract";
import type { DbClient, Prisma, PrismaClient } from "./db.js";
import type { Logger } from "./logging.js";
import { runInBackground } from "./request-scope.js";

export type { DomainEvent } from "@bilten/contracts/contract";

const IDENTIFIER = /^[a-z_]+$/;

/**
 * Writes one event into the outbox of the subgraph that owns it (`<source>.outbox`: a subgraph's PostgreSQL schema
 * bears its name) using the caller's transaction, so it commits or rolls back with it. The payload is checked
 * against the contract first; a mismatch is a programming error and throws.
 */
export async function recordEvent<C extends AnyEventContract>(
  tx: DbClient,
  contract: C,
  payload: PayloadInput<C>,
): Promise<void> {
  if (!IDENTIFIER.test(contract.source)) throw new Error(`bad outbox schema ${contract.source}`);
  const data: Record<string, unknown> = validPayload(contract, payload);
  await tx.$executeRawUnsafe(
    `INSERT INTO "${contract.source}"."outbox" (id, aggregate_type, aggregate_id, event_type, event_version, data)
     VALUES ($1::uuid, $2, $3::uuid, $4, $5, $6::jsonb)`,
    randomUUID(),
    contract.aggregateType,
    String(data[contract.aggregateId]),
    contract.name,
    contract.version,
    JSON.stringify(data),
  );
}

/** Records domain events inside the transaction it was handed by `inTransaction`. */
export type Recorder = <C extends AnyEventContract>(contract: C, payload: PayloadInput<C>) => Promise<void>;

export interface TransactionOptions {
  maxWait?: number;
  timeout?: number;
  isolationLevel?: Prisma.TransactionIsolationLevel;
}

/**
 * A change and its domain events in one transaction: runs `work` with the transaction and `record` (which writes
 * typed, validated events into the same transaction), then, once it committed, asks the relay to send them. The
 * relay also polls, so without one (tests, scripts) the events still go out.
 */
export async function inTransaction<T>(
  db: PrismaClient,
  outbox: OutboxRelay | undefined,
  work: (tx: Prisma.TransactionClient, record: Recorder) => Promise<T>,
  options?: TransactionOptions,
): Promise<T> {
  const result = await db.$transaction(
    (tx) =>
      work(tx, (contract, payload) => {
        // The relay that is kicked must be the one that sends these events.
        if (outbox && contract.source !== outbox.source) {
          throw new Error(`${contractLabel(contract)} belongs to ${contract.source}, not to ${outbox.source}`);
        }
        return recordEvent(tx, contract, payload);
      }),
    options,
  );
  outbox?.kick();
  return result;
}

/**
 * For a write that is one statement (its own transaction) and puts its outbox row in itself, with a payload checked
 * by `validPayload`: wakes the relay once the statement is done.
 */
export async function afterCommit<T>(outbox: OutboxRelay | undefined, write: Promise<T>): Promise<T> {
  const result = await write;
  outbox?.kick();
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// The stream: durable, consumer groups, at-least-once.

export type EventHandler = (event: DomainEvent) => Promise<void>;
/** Handles what arrived together (up to 100 events); throwing delivers all of them again. */
export type BatchHandler = (events: DomainEvent[]) => Promise<void>;

export interface Consumer {
  stop(): Promise<void>;
}

export interface DomainEventStream {
  append(events: DomainEvent[]): Promise<void>;
  /**
   * Delivers every event appended after the group was first created (or from the start with `fromStart`) to one
   * consumer of the group at a time, at least once: an event whose handler throws is delivered again later.
   */
  consume(group: string, handler: EventHandler, options?: { fromStart?: boolean }): Promise<Consumer>;
  /** Like `consume`, but hands over what arrived together, for consumers that write in bulk. */
  consumeBatches(group: string, handler: BatchHandler, options?: { fromStart?: boolean }): Promise<Consumer>;
  /** True when every running consumer of this stream has handled everything appended so far (tests wait for it). */
  idle(): Promise<boolean>;
  close(): Promise<void>;
}

/** In-process stream for the embedded default and unit tests: keeps the log of this process's lifetime. */
export function createLocalEventStream(log?: Logger): DomainEventStream {
  const history: DomainEvent[] = [];
  const bus = new EventEmitter();
  bus.setMaxListeners(0);
  const consumers = new Map<() => void, { next: number; running: boolean }>();
  return {
    async append(events) {
      for (const event of events) history.push(event);
      queueMicrotask(() => bus.emit("appended"));
    },
    consume(group, handler, options = {}) {
      return this.consumeBatches(
        group,
        async (events) => {
          for (const event of events) await handler(event);
        },
        options,
      );
    },
    async consumeBatches(group, handler, options = {}) {
      const position = { next: options.fromStart ? 0 : history.length, running: false };
      let stopped = false;
      // A failed batch is retried whole, so a per-event handler may see its earlier events again: handlers are
      // idempotent by event id, as with any at-least-once delivery.
      const drain = async () => {
        if (position.running || stopped) return;
        position.running = true;
        try {
          while (!stopped && position.next < history.length) {
            const batch = history.slice(position.next, position.next + 100);
            try {
              await handler(batch);
              position.next += batch.length;
            } catch (error) {
              log?.warn({ err: error, group, eventId: batch[0]?.id }, "event handler failed; retrying");
              await new Promise((r) => setTimeout(r, 200));
            }
          }
        } finally {
          position.running = false;
        }
      };
      // Handling is background work, whoever appended.
      const listener = () => void runInBackground(drain);
      bus.on("appended", listener);
      consumers.set(listener, position);
      void drain();
      return {
        async stop() {
          stopped = true;
          bus.off("appended", listener);
          consumers.delete(listener);
        },
      };
    },
    async idle() {
      return [...consumers.values()].every((c) => !c.running && c.next === history.length);
    },
    async close() {
      for (const listener of consumers.keys()) bus.off("appended", listener);
      consumers.clear();
    },
  };
}

export interface RedisEventStreamOptions {
  url: string;
  /** Stream key (tests use their own). */
  key?: string;
  /** Trim to about this many entries. */
  maxLength?: number;
  log?: Logger;
}

/** Redis Streams with consumer groups: XADD, XREADGROUP, XACK; stale pending entries are claimed again. */
export function createRedisEventStream(options: RedisEventStreamOptions): DomainEventStream {
  const key = options.key ?? "bilten:domain-events";
  // Appends fail fast while Redis is away: the outbox relay holds a database transaction while it appends, and keeps
  // the rows for its next pass instead of waiting.
  const writer = new Redis(options.url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 2000,
    connectionName: "bilten-stream-writer",
  });
  writer.on("error", (error: Error) => options.log?.warn({ err: error }, "redis stream connection error"));
  const readers = new Set<Redis>();
  /** Groups read through this stream, with how many of its consumers run. */
  const groups = new Map<string, number>();
  return {
    async append(events) {
      if (events.length === 0) return;
      const pipeline = writer.pipeline();
      for (const event of events) {
        pipeline.xadd(key, "MAXLEN", "~", String(options.maxLength ?? 1_000_000), "*", "event", JSON.stringify(event));
      }
      const results = await pipeline.exec();
      const failed = results?.find(([error]) => error);
      if (failed?.[0]) throw failed[0];
    },
    consume(group, handler, consumeOptions = {}) {
      return this.consumeBatches(
        group,
        async (events) => {
          for (const event of events) await handler(event);
        },
        consumeOptions,
      );
    },
    async consumeBatches(group, handler, consumeOptions = {}) {
      const reader = new Redis(options.url, { maxRetriesPerRequest: null, connectionName: `bilten-stream-${group}` });
      reader.on("error", (error: Error) => options.log?.warn({ err: error, group }, "redis stream connection error"));
      readers.add(reader);
      const createGroup = async (from: string) => {
        try {
          await reader.xgroup("CREATE", key, group, from, "MKSTREAM");
        } catch (error) {
          if (!String(error).includes("BUSYGROUP")) throw error;
        }
      };
      await createGroup(consumeOptions.fromStart ? "0" : "$");
      groups.set(group, (groups.get(group) ?? 0) + 1);
      const consumer = `${group}-${randomUUID().slice(0, 8)}`;
      let stopped = false;
      const handle = async (entries: [string, string[]][]) => {
        const events = entries.flatMap(([, fields]) => {
          const raw = fields[fields.indexOf("event") + 1];
          return raw ? [JSON.parse(raw) as DomainEvent] : [];
        });
        try {
          if (events.length) await handler(events);
          await reader.xack(key, group, ...entries.map(([entryId]) => entryId));
        } catch (error) {
          // Left pending: claimed and retried by the loop below.
          options.log?.warn({ err: error, group, entries: entries.length }, "event handler failed; will retry");
        }
      };
      const loop = (async () => {
        while (!stopped) {
          try {
            // Entries another consumer took but never acknowledged (crashed, or its handler failed).
            const claimed = (await reader.xautoclaim(key, group, consumer, 5000, "0", "COUNT", 100)) as [
              string,
              [string, string[]][],
            ];
            if (claimed[1]?.length) await handle(claimed[1]);
            const read = (await reader.xreadgroup(
              "GROUP",
              group,
              consumer,
              "COUNT",
              100,
              "BLOCK",
              1000,
              "STREAMS",
              key,
              ">",
            )) as [string, [string, string[]][]][] | null;
            if (read?.[0]) await handle(read[0][1]);
          } catch (error) {
            if (stopped) break;
            // A Redis that lost its data (restarted without persistence) lost the group too: start it again with
            // whatever arrives from now on.
            if (String(error).includes("NOGROUP")) await createGroup("0").catch(() => undefined);
            options.log?.warn({ err: error, group }, "reading the event stream failed; retrying");
            await new Promise((r) => setTimeout(r, 500));
          }
        }
      })();
      return {
        async stop() {
          stopped = true;
          const left = (groups.get(group) ?? 1) - 1;
          if (left > 0) groups.set(group, left);
          else groups.delete(group);
          reader.disconnect();
          readers.delete(reader);
          await loop;
        },
      };
    },
    async idle() {
      if (groups.size === 0) return true;
      // Everything appended was delivered to each group (its last delivered id is the stream's last) and acknowledged.
      const fields = (reply: unknown) => {
        const flat = reply as unknown[];
        return new Map(flat.flatMap((value, i) => (i % 2 === 0 ? [[String(value), flat[i + 1]] as const] : [])));
      };
      const last = fields(await writer.xinfo("STREAM", key)).get("last-generated-id");
      const infos = ((await writer.xinfo("GROUPS", key)) as unknown[]).map(fields);
      return [...groups.keys()].every((group) => {
        const info = infos.find((i) => i.get("name") === group);
        return info !== undefined && info.get("pending") === 0 && info.get("last-delivered-id") === last;
      });
    },
    async close() {
      groups.clear();
      for (const reader of readers) reader.disconnect();
      readers.clear();
      await writer.quit().catch(() => undefined);
    },
  };
}

export function createEventStream(redisUrl: string | undefined, log?: Logger, key?: string): DomainEventStream {
  return redisUrl ? createRedisEventStream({ url: redisUrl, log, key }) : createLocalEventStream(log);
}

// ---------------------------------------------------------------------------------------------------------------
// The relay.

interface OutboxRow {
  position: bigint;
  id: string;
  aggregate_type: string;
  aggregate_id: string;
  event_type: string;
  event_version: number;
  occurred_at: Date;
  data: Record<string, unknown>;
}

export interface OutboxRelayOptions {
  db: PrismaClient;
  /** The subgraph's PostgreSQL schema holding its outbox table. */
  schema: string;
  source: string;
  stream: DomainEventStream;
  log: Logger;
  /** Fallback polling interval; commits also kick the relay. */
  pollMs?: number;
  batchSize?: number;
}

/**
 * Forwards outbox rows to the stream in commit order, at least once: rows are locked (SKIP LOCKED, so several
 * replicas share the work), appended, then marked published in the same transaction. A crash between append and
 * commit re-sends them; consumers are idempotent by event id. Undelivered rows go out when the relay starts.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(private readonly options: OutboxRelayOptions) {
    if (!IDENTIFIER.test(options.schema)) throw new Error(`bad outbox schema ${options.schema}`);
  }

  /** The subgraph whose events this relay sends. */
  get source(): string {
    return this.options.source;
  }

  start(): void {
    this.kick();
    this.timer = setInterval(() => this.kick(), this.options.pollMs ?? 1000);
    this.timer.unref();
  }

  /** Asks for a relay pass soon (after a commit that wrote events). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    // The pass is background work, also when a request's commit asked for it.
    this.running = runInBackground(() => this.drain()).finally(() => {
      this.running = undefined;
      if (this.again && !this.stopped) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** Waits for a relay pass to finish (tests use it). */
  async flush(): Promise<void> {
    while (this.running) await this.running;
    await this.drain();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private async drain(): Promise<void> {
    try {
      while (!this.stopped && (await this.relayBatch()) > 0);
    } catch (error) {
      this.options.log.warn({ err: error, outbox: this.options.schema }, "outbox relay failed; will retry");
    }
  }

  private async relayBatch(): Promise<number> {
    const { db, schema, stream, source } = this.options;
    const table = `"${schema}"."outbox"`;
    return db.$transaction(async (tx) => {
      const rows = await tx.$queryRawUnsafe<OutboxRow[]>(
        `SELECT position, id, aggregate_type, aggregate_id, event_type, event_version, occurred_at, data
           FROM ${table} WHERE published_at IS NULL ORDER BY position LIMIT ${this.options.batchSize ?? 100}
           FOR UPDATE SKIP LOCKED`,
      );
      if (rows.length === 0) return 0;
      const positions = rows.map((r) => r.position.toString());
      try {
        await stream.append(
          rows.map((r) => ({
            id: r.id,
            aggregateType: r.aggregate_type,
            aggregateId: r.aggregate_id,
            eventType: r.event_type,
            eventVersion: r.event_version,
            occurredAt: new Date(r.occurred_at).toISOString(),
            source,
            data: r.data,
          })),
        );
      } catch (error) {
        // Committed (not rolled back with a throw), so operators see how often and why delivery failed.
        await tx.$executeRawUnsafe(
          `UPDATE ${table} SET attempts = attempts + 1, last_error = $1 WHERE position = ANY($2::bigint[])`,
          String(error).slice(0, 1000),
          positions,
        );
        this.options.log.warn({ err: error, outbox: schema }, "outbox relay could not deliver; will retry");
        return 0;
      }
      await tx.$executeRawUnsafe(
        `UPDATE ${table} SET published_at = now(), attempts = attempts + 1 WHERE position = ANY($1::bigint[])`,
        positions,
      );
      return rows.length;
    });
  }
}
