// Consuming the other subgraphs' domain events, in the batches the stream hands over: every event is logged whole
// (e-mail addresses masked) and applied to the aggregates in one transaction per batch, once per event id — a
// redelivered or replayed event changes nothing. Sums and gauges of a batch are added up first and written with one
// statement each, so the cost does not grow with the number of check-ins or sales in a burst. Rebuilding replays
// the log into empty aggregates the same way.
import { eventContracts, readStoredEvent, type ContractEvent } from "@bilten/contracts";
import {
  consumeEventBatches,
  maskEmail,
  type Db,
  type DomainEventStream,
  type Consumer,
  type Logger,
} from "@bilten/platform";
import { Prisma } from "@bilten/platform/prisma";
import { applyToEventRefs } from "./event-refs.js";

type Tx = Prisma.TransactionClient;

/** Analytics reads every other subgraph's events: it logs them all and applies those its aggregates need. */
const CONSUMED = eventContracts;
export type ConsumedEvent = ContractEvent<(typeof CONSUMED)[number]>;

/** The nil UUID stands for "the event as a whole" in attendance. */
export const WHOLE_EVENT = "00000000-0000-0000-0000-000000000000";

/** Metrics summed per hour (event_analytics.metric). */
export const METRICS = {
  pageViews: "page_views",
  /** Daily unique visitors: a visitor's first view of the event that day. */
  uniqueVisitors: "unique_visitors",
  ticketsSold: "tickets_sold",
  revenue: "revenue",
  refunds: "refunds",
  refundedAmount: "refunded_amount",
  registrations: "registrations",
  checkIns: "check_ins",
} as const;

/** The hour a moment falls in (buckets are UTC hours, whatever the database session's time zone). */
const hourOf = (at: Date | string) => new Date(Math.floor(new Date(at).getTime() / 3_600_000) * 3_600_000);

/** Adds to one metric now (page views, which are not domain events). */
export async function addMetric(
  tx: Tx | Db,
  eventId: string,
  metric: string,
  at: Date | string,
  value: number,
): Promise<void> {
  const changes = new Changes();
  changes.metric(eventId, metric, at, value);
  await changes.flush(tx);
}

/** What a batch of events adds to the aggregates, summed per key before it is written. */
export class Changes {
  private readonly metrics = new Map<
    string,
    { eventId: string; metric: string; currency: string; bucket: Date; value: Prisma.Decimal }
  >();
  private readonly gauges = new Map<string, { onSiteNow: number; waitlistSize: number }>();
  private readonly attendance = new Map<string, { eventId: string; userId: string; sessionId: string; at: string }>();

  metric(eventId: string, metric: string, at: Date | string, value: number | string, currency = ""): void {
    const bucket = hourOf(at);
    const key = `${eventId}|${metric}|${currency}|${bucket.getTime()}`;
    const entry = this.metrics.get(key);
    if (entry) entry.value = entry.value.add(value);
    else this.metrics.set(key, { eventId, metric, currency, bucket, value: new Prisma.Decimal(value) });
  }

  gauge(eventId: string, delta: { onSiteNow?: number; waitlistSize?: number }): void {
    const entry = this.gauges.get(eventId) ?? { onSiteNow: 0, waitlistSize: 0 };
    entry.onSiteNow += delta.onSiteNow ?? 0;
    entry.waitlistSize += delta.waitlistSize ?? 0;
    this.gauges.set(eventId, entry);
  }

  attended(eventId: string, userId: string, sessionId: string, at: string): void {
    const key = `${eventId}|${userId}|${sessionId}`;
    if (!this.attendance.has(key)) this.attendance.set(key, { eventId, userId, sessionId, at });
  }

  /** Writes the sums. */
  async flush(tx: Tx | Db): Promise<void> {
    if (this.metrics.size) {
      const rows = [...this.metrics.values()].map(
        (m) =>
          Prisma.sql`(${m.eventId}::uuid, ${m.metric}, ${m.currency}, ${m.bucket}, ${m.value.toString()}::numeric)`,
      );
      await tx.$executeRaw`
        INSERT INTO "analytics"."event_analytics" (event_id, metric, currency, bucket_start, value) VALUES ${Prisma.join(rows)}
        ON CONFLICT (event_id, metric, currency, bucket_start) DO UPDATE SET value = "analytics"."event_analytics".value + EXCLUDED.value`;
    }
    if (this.gauges.size) {
      // Sums of deltas do not depend on order, and each domain event is applied once: replays cannot double them.
      const ids = [...this.gauges.keys()].map((eventId) => Prisma.sql`(${eventId}::uuid)`);
      const deltas = [...this.gauges.entries()].map(
        ([eventId, d]) => Prisma.sql`(${eventId}::uuid, ${d.onSiteNow}::int, ${d.waitlistSize}::int)`,
      );
      await tx.$executeRaw`
        INSERT INTO "analytics"."event_gauges" (event_id) SELECT id FROM (VALUES ${Prisma.join(ids)}) AS g(id) ON CONFLICT DO NOTHING`;
      await tx.$executeRaw`
        UPDATE "analytics"."event_gauges" g SET
          on_site_now = GREATEST(g.on_site_now + d.on_site, 0),
          waitlist_size = GREATEST(g.waitlist_size + d.waitlist, 0),
          updated_at = now()
          FROM (VALUES ${Prisma.join(deltas)}) AS d(id, on_site, waitlist)
         WHERE g.event_id = d.id`;
    }
    if (this.attendance.size) {
      const rows = [...this.attendance.values()].map(
        (a) => Prisma.sql`(${a.eventId}::uuid, ${a.userId}::uuid, ${a.sessionId}::uuid, ${a.at}::timestamptz)`,
      );
      await tx.$executeRaw`
        INSERT INTO "analytics"."attendance" (event_id, user_id, session_id, first_at) VALUES ${Prisma.join(rows)} ON CONFLICT DO NOTHING`;
    }
  }
}

/** Replaces every e-mail address inside a payload by its masked form before it is stored. */
function masked(value: unknown): unknown {
  if (typeof value === "string") return value.includes("@") ? maskEmail(value) : value;
  if (Array.isArray(value)) return value.map(masked);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, masked(v)]));
  return value;
}

/** What each domain event does to the aggregates. Events not listed are logged and otherwise ignored. */
async function apply(tx: Tx, event: ConsumedEvent, changes: Changes): Promise<void> {
  switch (event.eventType) {
    case "UserRegistered":
    case "UserProfileChanged":
      return applyPerson(tx, event);
    case "TicketsPurchased": {
      const d = event.data;
      changes.metric(d.eventId, METRICS.ticketsSold, d.paidAt, d.ticketCount);
      changes.metric(d.eventId, METRICS.revenue, d.paidAt, d.total, d.currency);
      return;
    }
    case "OrderRefunded": {
      const d = event.data;
      changes.metric(d.eventId, METRICS.refunds, event.occurredAt, d.ticketCount);
      changes.metric(d.eventId, METRICS.refundedAmount, event.occurredAt, d.amount, d.currency);
      return;
    }
    case "RegistrationChanged": {
      const d = event.data;
      const active = (status: string | null) =>
        status === "REGISTERED" || status === "CONFIRMED" || status === "ATTENDED";
      const registered = Number(active(d.to)) - Number(active(d.from));
      const waiting = Number(d.to === "WAITLISTED") - Number(d.from === "WAITLISTED");
      if (registered !== 0) changes.metric(d.eventId, METRICS.registrations, d.changedAt, registered);
      if (waiting !== 0) changes.gauge(d.eventId, { waitlistSize: waiting });
      return;
    }
    case "CheckInRecorded": {
      const d = event.data;
      if (d.direction === "IN") changes.attended(d.eventId, d.holderId, d.sessionId ?? WHOLE_EVENT, d.scannedAt);
      if (d.sessionId) return;
      if (d.firstEntry) changes.metric(d.eventId, METRICS.checkIns, d.scannedAt, 1);
      changes.gauge(d.eventId, { onSiteNow: d.direction === "IN" ? 1 : -1 });
      return;
    }
    case "PartnerChanged": {
      const d = event.data;
      await tx.$executeRaw`
        INSERT INTO "analytics"."partners" (partner_id, company_id, tier, is_active, updated_at)
        VALUES (${d.partnerId}::uuid, ${d.companyId}::uuid, ${d.tier}, ${d.isActive}, ${d.updatedAt}::timestamptz)
        ON CONFLICT (partner_id) DO UPDATE SET company_id = EXCLUDED.company_id, tier = EXCLUDED.tier, is_active = EXCLUDED.is_active, updated_at = EXCLUDED.updated_at
        WHERE "analytics"."partners".updated_at <= EXCLUDED.updated_at`;
      if (d.change === "CONTACT_ADDED") {
        await tx.$executeRaw`INSERT INTO "analytics"."partner_contacts" (partner_id, user_id) VALUES (${d.partnerId}::uuid, ${d.userId}::uuid) ON CONFLICT DO NOTHING`;
      }
      if (d.change === "CONTACT_REMOVED") {
        await tx.$executeRaw`DELETE FROM "analytics"."partner_contacts" WHERE partner_id = ${d.partnerId}::uuid AND user_id = ${d.userId}::uuid`;
      }
      return;
    }
    case "SpeakerCreated":
    case "SpeakerUpdated":
      return applySpeaker(tx, event);
    case "SpeakerInvited":
    case "SpeakerConfirmed":
    case "SpeakerDeclined":
    case "SpeakerInvitationWithdrawn":
      return applySessionSpeaker(tx, event);
    case "EventCreated":
    case "EventUpdated":
    case "EventStatusChanged":
    case "EventPublished":
    case "EventCancelled":
    case "SessionScheduled":
    case "SessionChanged":
    case "SessionRemoved":
      return applyToEventRefs(tx, event);
  }
}

async function applySpeaker(
  tx: Tx,
  event: Extract<ConsumedEvent, { eventType: "SpeakerCreated" | "SpeakerUpdated" }>,
): Promise<void> {
  const d = event.data;
  await tx.$executeRaw`
    INSERT INTO "analytics"."speakers" (speaker_id, company_id, updated_at)
    VALUES (${d.speakerId}::uuid, ${d.companyId}::uuid, ${d.updatedAt}::timestamptz)
    ON CONFLICT (speaker_id) DO UPDATE SET company_id = EXCLUDED.company_id, updated_at = EXCLUDED.updated_at
    WHERE "analytics"."speakers".updated_at <= EXCLUDED.updated_at`;
}

async function applySessionSpeaker(
  tx: Tx,
  event: Extract<
    ConsumedEvent,
    { eventType: "SpeakerInvited" | "SpeakerConfirmed" | "SpeakerDeclined" | "SpeakerInvitationWithdrawn" }
  >,
): Promise<void> {
  const d = event.data;
  const status = event.eventType === "SpeakerInvitationWithdrawn" ? "WITHDRAWN" : d.status;
  await tx.$executeRaw`
    INSERT INTO "analytics"."session_speakers" (session_speaker_id, speaker_id, session_id, event_id, status, updated_at)
    VALUES (${d.sessionSpeakerId}::uuid, ${d.speakerId}::uuid, ${d.sessionId}::uuid, ${d.eventId}::uuid, ${status},
            ${d.updatedAt}::timestamptz)
    ON CONFLICT (session_speaker_id) DO UPDATE SET status = EXCLUDED.status, event_id = EXCLUDED.event_id, updated_at = EXCLUDED.updated_at
    WHERE "analytics"."session_speakers".updated_at <= EXCLUDED.updated_at`;
}

async function applyPerson(
  tx: Tx,
  event: Extract<ConsumedEvent, { eventType: "UserRegistered" | "UserProfileChanged" }>,
): Promise<void> {
  const d = event.data;
  await tx.$executeRaw`
    INSERT INTO "analytics"."people" (user_id, company_id, consent, updated_at)
    VALUES (${d.userId}::uuid, ${d.companyId}::uuid, ${d.gdprConsentGiven}, ${d.updatedAt}::timestamptz)
    ON CONFLICT (user_id) DO UPDATE SET company_id = EXCLUDED.company_id, consent = EXCLUDED.consent, updated_at = EXCLUDED.updated_at
    WHERE "analytics"."people".updated_at <= EXCLUDED.updated_at`;
}

export class EventIngestor {
  constructor(
    private readonly db: Db,
    private readonly log: Logger,
  ) {}

  /** Logs and applies one event; returns false when it had been applied before. */
  async ingest(event: ConsumedEvent): Promise<boolean> {
    return (await this.ingestBatch([event])) === 1;
  }

  /** Logs and applies the events not seen before, in one transaction; returns how many were new. */
  async ingestBatch(events: ConsumedEvent[]): Promise<number> {
    if (events.length === 0) return 0;
    return this.db.$transaction(async (tx) => {
      const rows = events.map(
        (e) =>
          Prisma.sql`(${e.id}::uuid, ${e.source}, ${e.eventType}, ${e.aggregateId}::uuid, ${e.occurredAt}::timestamptz, ${JSON.stringify(masked(e))}::jsonb)`,
      );
      const inserted = await tx.$queryRaw<{ event_id: string }[]>`
        INSERT INTO "analytics"."event_log" (event_id, source, event_type, aggregate_id, occurred_at, payload) VALUES ${Prisma.join(rows)}
        ON CONFLICT (event_id) DO NOTHING RETURNING event_id`;
      const fresh = new Set(inserted.map((r) => r.event_id));
      const changes = new Changes();
      for (const event of events) {
        // Only the first copy of an event, and only if it was new: replays and duplicates change nothing.
        if (!fresh.delete(event.id)) continue;
        await apply(tx, event, changes);
      }
      await changes.flush(tx);
      return inserted.length;
    });
  }

  /** Empties every aggregate that comes from domain events and replays the log, oldest first. */
  async rebuild(batchSize = 1000): Promise<number> {
    let replayed = 0;
    await this.db.$transaction(
      async (tx) => {
        await tx.$executeRaw`TRUNCATE "analytics"."event_gauges", "analytics"."people", "analytics"."attendance", "analytics"."event_refs",
          "analytics"."session_refs", "analytics"."partners", "analytics"."partner_contacts", "analytics"."speakers", "analytics"."session_speakers"`;
        // Page views and visitors are analytics' own records (user_behavior), not domain events: they stay.
        await tx.$executeRaw`DELETE FROM "analytics"."event_analytics" WHERE metric NOT IN (${METRICS.pageViews}, ${METRICS.uniqueVisitors})`;
        let after: { occurredAt: Date; eventId: string } | null = null;
        for (;;) {
          const rows: { eventId: string; occurredAt: Date; payload: Prisma.JsonValue }[] =
            await tx.analyticsEventLog.findMany({
              where: after
                ? {
                    OR: [
                      { occurredAt: { gt: after.occurredAt } },
                      { occurredAt: after.occurredAt, eventId: { gt: after.eventId } },
                    ],
                  }
                : {},
              orderBy: [{ occurredAt: "asc" }, { eventId: "asc" }],
              take: batchSize,
              select: { eventId: true, occurredAt: true, payload: true },
            });
          const changes = new Changes();
          for (const row of rows) {
            const reading = readStoredEvent(CONSUMED, row.payload);
            if (reading.kind === "known") await apply(tx, reading.event, changes);
            if (reading.kind === "malformed")
              this.log.warn(
                { eventId: row.eventId, reason: reading.reason },
                "a logged event no longer parses; left out of the rebuild",
              );
          }
          await changes.flush(tx);
          replayed += rows.length;
          const last = rows.at(-1);
          if (!last || rows.length < batchSize) break;
          after = { occurredAt: last.occurredAt, eventId: last.eventId };
        }
      },
      { timeout: 600_000, maxWait: 60_000 },
    );
    this.log.info({ replayed }, "analytics rebuilt from the event log");
    return replayed;
  }

  /** Consumes the stream from its start (a new group reads the whole history); redeliveries are no-ops. */
  start(stream: DomainEventStream): Promise<Consumer> {
    return consumeEventBatches(
      stream,
      { group: "analytics", contracts: CONSUMED, schema: "analytics", db: this.db, log: this.log, fromStart: true },
      async (events) => void (await this.ingestBatch(events)),
    );
  }
}
