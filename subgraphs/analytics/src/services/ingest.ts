// Consuming the other subgraphs' domain events: each is logged whole (e-mail addresses masked) and applied to the
// aggregates in one transaction, once per event id — a redelivered or replayed event changes nothing. Rebuilding
// replays the log into empty aggregates.
import {
  applyToEventRefs,
  maskEmail,
  type Db,
  type DomainEvent,
  type DomainEventStream,
  type Consumer,
  type Logger,
} from "@bilten/platform";
import { Prisma } from "@bilten/platform/prisma";

type Tx = Prisma.TransactionClient;

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

export async function addMetric(
  tx: Tx | Db,
  eventId: string,
  metric: string,
  at: Date | string,
  value: number | string,
  currency = "",
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "analytics"."event_analytics" (event_id, metric, currency, bucket_start, value)
    VALUES (${eventId}::uuid, ${metric}, ${currency}, date_trunc('hour', ${new Date(at)}::timestamptz), ${String(value)}::numeric)
    ON CONFLICT (event_id, metric, currency, bucket_start)
    DO UPDATE SET value = "analytics"."event_analytics".value + EXCLUDED.value`;
}

/** Replaces every e-mail address inside a payload by its masked form before it is stored. */
function masked(value: unknown): unknown {
  if (typeof value === "string") return value.includes("@") ? maskEmail(value) : value;
  if (Array.isArray(value)) return value.map(masked);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, masked(v)]));
  return value;
}

type Handler = (tx: Tx, event: DomainEvent) => Promise<void>;

const str = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
const num = (value: unknown): number => (typeof value === "number" ? value : Number(value ?? 0));

/** What each domain event does to the aggregates. Events not listed are logged and otherwise ignored. */
const HANDLERS: Record<string, Handler> = {
  "identity.UserRegistered": applyPerson,
  "identity.UserProfileChanged": applyPerson,
  "ticketing.TicketsPurchased": async (tx, event) => {
    const d = event.data;
    const at = String(d.paidAt ?? event.occurredAt);
    await addMetric(tx, String(d.eventId), METRICS.ticketsSold, at, num(d.ticketCount));
    await addMetric(tx, String(d.eventId), METRICS.revenue, at, String(d.total), String(d.currency));
  },
  "ticketing.OrderRefunded": async (tx, event) => {
    const d = event.data;
    await addMetric(tx, String(d.eventId), METRICS.refunds, event.occurredAt, num(d.ticketCount));
    await addMetric(tx, String(d.eventId), METRICS.refundedAmount, event.occurredAt, String(d.amount), String(d.currency));
  },
  "ticketing.RegistrationChanged": async (tx, event) => {
    const d = event.data;
    const active = (status: unknown) => status === "REGISTERED" || status === "CONFIRMED" || status === "ATTENDED";
    const registered = Number(active(d.to)) - Number(active(d.from));
    const waiting = Number(d.to === "WAITLISTED") - Number(d.from === "WAITLISTED");
    if (registered !== 0) await addMetric(tx, String(d.eventId), METRICS.registrations, String(d.changedAt ?? event.occurredAt), registered);
    if (waiting !== 0) await moveGauge(tx, String(d.eventId), { waitlistSize: waiting });
  },
  "ticketing.CheckInRecorded": async (tx, event) => {
    const d = event.data;
    const eventId = String(d.eventId);
    const sessionId = str(d.sessionId);
    if (d.direction === "IN" && str(d.holderId)) {
      await tx.$executeRaw`
        INSERT INTO "analytics"."attendance" (event_id, user_id, session_id, first_at)
        VALUES (${eventId}::uuid, ${String(d.holderId)}::uuid, ${sessionId ?? WHOLE_EVENT}::uuid, ${String(d.scannedAt)}::timestamptz)
        ON CONFLICT DO NOTHING`;
    }
    if (sessionId) return;
    if (d.firstEntry === true) await addMetric(tx, eventId, METRICS.checkIns, String(d.scannedAt), 1);
    await moveGauge(tx, eventId, { onSiteNow: d.direction === "IN" ? 1 : -1 });
  },
  "speakers.PartnerChanged": async (tx, event) => {
    const d = event.data;
    await tx.$executeRaw`
      INSERT INTO "analytics"."partners" (partner_id, company_id, tier, is_active, updated_at)
      VALUES (${String(d.partnerId)}::uuid, ${String(d.companyId)}::uuid, ${String(d.tier)}, ${d.isActive === true}, ${String(d.updatedAt ?? event.occurredAt)}::timestamptz)
      ON CONFLICT (partner_id) DO UPDATE SET company_id = EXCLUDED.company_id, tier = EXCLUDED.tier, is_active = EXCLUDED.is_active, updated_at = EXCLUDED.updated_at
      WHERE "analytics"."partners".updated_at <= EXCLUDED.updated_at`;
    if (d.change === "CONTACT_ADDED" && str(d.userId)) {
      await tx.$executeRaw`INSERT INTO "analytics"."partner_contacts" (partner_id, user_id) VALUES (${String(d.partnerId)}::uuid, ${String(d.userId)}::uuid) ON CONFLICT DO NOTHING`;
    }
    if (d.change === "CONTACT_REMOVED" && str(d.userId)) {
      await tx.$executeRaw`DELETE FROM "analytics"."partner_contacts" WHERE partner_id = ${String(d.partnerId)}::uuid AND user_id = ${String(d.userId)}::uuid`;
    }
  },
  "speakers.SpeakerCreated": applySpeaker,
  "speakers.SpeakerUpdated": applySpeaker,
  "speakers.SpeakerInvited": applySessionSpeaker,
  "speakers.SpeakerConfirmed": applySessionSpeaker,
  "speakers.SpeakerDeclined": applySessionSpeaker,
  "speakers.SpeakerInvitationWithdrawn": applySessionSpeaker,
};

async function moveGauge(tx: Tx, eventId: string, delta: { onSiteNow?: number; waitlistSize?: number }): Promise<void> {
  // Sums of deltas are order-independent, and each domain event is applied once: replays cannot double them.
  await tx.$executeRaw`
    INSERT INTO "analytics"."event_gauges" (event_id, on_site_now, waitlist_size, updated_at)
    VALUES (${eventId}::uuid, GREATEST(${delta.onSiteNow ?? 0}, 0), GREATEST(${delta.waitlistSize ?? 0}, 0), now())
    ON CONFLICT (event_id) DO UPDATE SET
      on_site_now = GREATEST("analytics"."event_gauges".on_site_now + ${delta.onSiteNow ?? 0}, 0),
      waitlist_size = GREATEST("analytics"."event_gauges".waitlist_size + ${delta.waitlistSize ?? 0}, 0),
      updated_at = now()`;
}

async function applySpeaker(tx: Tx, event: DomainEvent): Promise<void> {
  const d = event.data;
  await tx.$executeRaw`
    INSERT INTO "analytics"."speakers" (speaker_id, company_id, updated_at)
    VALUES (${String(d.speakerId)}::uuid, ${str(d.companyId)}::uuid, ${String(d.updatedAt ?? event.occurredAt)}::timestamptz)
    ON CONFLICT (speaker_id) DO UPDATE SET company_id = EXCLUDED.company_id, updated_at = EXCLUDED.updated_at
    WHERE "analytics"."speakers".updated_at <= EXCLUDED.updated_at`;
}

async function applySessionSpeaker(tx: Tx, event: DomainEvent): Promise<void> {
  const d = event.data;
  const status = event.eventType === "SpeakerInvitationWithdrawn" ? "WITHDRAWN" : String(d.status);
  await tx.$executeRaw`
    INSERT INTO "analytics"."session_speakers" (session_speaker_id, speaker_id, session_id, event_id, status, updated_at)
    VALUES (${String(d.sessionSpeakerId)}::uuid, ${String(d.speakerId)}::uuid, ${String(d.sessionId)}::uuid, ${str(d.eventId)}::uuid, ${status},
            ${String(d.updatedAt ?? event.occurredAt)}::timestamptz)
    ON CONFLICT (session_speaker_id) DO UPDATE SET status = EXCLUDED.status, event_id = EXCLUDED.event_id, updated_at = EXCLUDED.updated_at
    WHERE "analytics"."session_speakers".updated_at <= EXCLUDED.updated_at`;
}

async function applyPerson(tx: Tx, event: DomainEvent): Promise<void> {
  const d = event.data;
  await tx.$executeRaw`
    INSERT INTO "analytics"."people" (user_id, company_id, consent, updated_at)
    VALUES (${String(d.userId)}::uuid, ${str(d.companyId)}::uuid, ${d.gdprConsentGiven === true}, ${String(d.updatedAt ?? event.occurredAt)}::timestamptz)
    ON CONFLICT (user_id) DO UPDATE SET company_id = EXCLUDED.company_id, consent = EXCLUDED.consent, updated_at = EXCLUDED.updated_at
    WHERE "analytics"."people".updated_at <= EXCLUDED.updated_at`;
}

export class EventIngestor {
  constructor(
    private readonly db: Db,
    private readonly log: Logger,
  ) {}

  /** Logs and applies one event; returns false when it had been applied before. */
  async ingest(event: DomainEvent): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const inserted = await tx.$executeRaw`
        INSERT INTO "analytics"."event_log" (event_id, source, event_type, aggregate_id, occurred_at, payload)
        VALUES (${event.id}::uuid, ${event.source}, ${event.eventType}, ${event.aggregateId}::uuid, ${event.occurredAt}::timestamptz,
                ${JSON.stringify(masked(event))}::jsonb)
        ON CONFLICT (event_id) DO NOTHING`;
      if (inserted === 0) return false;
      await apply(tx, event);
      return true;
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
          const rows: { eventId: string; occurredAt: Date; payload: Prisma.JsonValue }[] = await tx.analyticsEventLog.findMany({
            where: after
              ? { OR: [{ occurredAt: { gt: after.occurredAt } }, { occurredAt: after.occurredAt, eventId: { gt: after.eventId } }] }
              : {},
            orderBy: [{ occurredAt: "asc" }, { eventId: "asc" }],
            take: batchSize,
            select: { eventId: true, occurredAt: true, payload: true },
          });
          for (const row of rows) await apply(tx, row.payload as unknown as DomainEvent);
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
    return stream.consume(
      "analytics",
      async (event) => {
        if (event.source === "analytics") return;
        await this.ingest(event);
      },
      { fromStart: true },
    );
  }
}

async function apply(tx: Tx, event: DomainEvent): Promise<void> {
  if (event.source === "events") {
    await applyToEventRefs(tx, "analytics", event);
    return;
  }
  await HANDLERS[`${event.source}.${event.eventType}`]?.(tx, event);
}
