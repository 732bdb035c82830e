// Reading an event's aggregates: totals and a zero-filled time series in the event's time zone, each in a fixed
// number of statements.
import type { Db } from "@bilten/platform";
import type { AnalyticsEventRef } from "@bilten/platform/prisma";
import { badInput, requireInt } from "@bilten/platform";
import { METRICS } from "./ingest.js";

export interface Money {
  amount: string;
  currency: string;
}

interface MetricRow {
  metric: string;
  currency: string;
  value: string;
}

const money = (rows: MetricRow[], metric: string): Money[] =>
  rows
    .filter((r) => r.metric === metric && r.currency !== "")
    .map((r) => ({ amount: Number(r.value).toFixed(2), currency: r.currency }))
    .sort((a, b) => a.currency.localeCompare(b.currency));

const count = (rows: MetricRow[], metric: string): number =>
  rows.filter((r) => r.metric === metric).reduce((sum, r) => sum + Number(r.value), 0);

export class MetricsService {
  constructor(private readonly db: Db) {}

  async summary(event: AnalyticsEventRef) {
    const [totals, gauge] = await Promise.all([
      this.db.$queryRaw<MetricRow[]>`
        SELECT metric, currency, sum(value)::text AS value FROM "analytics"."event_analytics"
         WHERE event_id = ${event.id}::uuid GROUP BY metric, currency`,
      this.db.eventGauge.findUnique({ where: { eventId: event.id } }),
    ]);
    const ticketsSold = count(totals, METRICS.ticketsSold);
    const registrations = count(totals, METRICS.registrations);
    const checkIns = count(totals, METRICS.checkIns);
    return {
      event,
      pageViews: count(totals, METRICS.pageViews),
      uniqueVisitors: count(totals, METRICS.uniqueVisitors),
      ticketsSold,
      revenue: money(totals, METRICS.revenue),
      refunds: count(totals, METRICS.refunds),
      refundedAmount: money(totals, METRICS.refundedAmount),
      registrations,
      waitlistSize: gauge?.waitlistSize ?? 0,
      checkIns,
      checkInRate: ticketsSold + registrations > 0 ? checkIns / (ticketsSold + registrations) : null,
      onSiteNow: gauge?.onSiteNow ?? 0,
    };
  }

  async series(event: AnalyticsEventRef, interval: "HOUR" | "DAY", days: number) {
    requireInt("days", days, { min: 1, max: 366 });
    if (interval === "HOUR" && days > 31) throw badInput("days", "hourly series cover at most 31 days");
    const unit = interval === "HOUR" ? "hour" : "day";
    // Buckets are hours in UTC; days are counted in the event's own time zone. generate_series fills the gaps.
    const rows = await this.db.$queryRaw<
      { at: Date; metric: string | null; currency: string | null; value: string | null }[]
    >`
      WITH bounds AS (
        SELECT date_trunc(${unit}, now() AT TIME ZONE ${event.timeZone}) AS last,
               date_trunc(${unit}, now() AT TIME ZONE ${event.timeZone}) - (${days - 1} * ${`1 ${unit}`}::interval) AS first
      ), points AS (
        SELECT generate_series(first, last, ${`1 ${unit}`}::interval) AS local FROM bounds
      ), sums AS (
        SELECT date_trunc(${unit}, m.bucket_start AT TIME ZONE ${event.timeZone}) AS local, m.metric, m.currency, sum(m.value)::text AS value
          FROM "analytics"."event_analytics" m, bounds b
         WHERE m.event_id = ${event.id}::uuid
           AND m.bucket_start >= (b.first AT TIME ZONE ${event.timeZone})
         GROUP BY 1, 2, 3
      )
      SELECT p.local AT TIME ZONE ${event.timeZone} AS at, s.metric, s.currency, s.value
        FROM points p LEFT JOIN sums s ON s.local = p.local
       ORDER BY p.local`;
    const points = new Map<number, MetricRow[]>();
    for (const row of rows) {
      const key = new Date(row.at).getTime();
      const list = points.get(key) ?? [];
      points.set(key, list);
      if (row.metric) list.push({ metric: row.metric, currency: row.currency ?? "", value: row.value ?? "0" });
    }
    return [...points.entries()].map(([at, list]) => ({
      at: new Date(at),
      pageViews: count(list, METRICS.pageViews),
      ticketsSold: count(list, METRICS.ticketsSold),
      revenue: money(list, METRICS.revenue),
      refunds: count(list, METRICS.refunds),
      registrations: count(list, METRICS.registrations),
      checkIns: count(list, METRICS.checkIns),
    }));
  }
}
