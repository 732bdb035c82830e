import type { AnalyticsEventRef } from "@bilten/platform/prisma";
import type { AnalyticsContext } from "../context.js";
import { requireEventStaff } from "../services/access.js";

type Summary = Awaited<ReturnType<AnalyticsContext["metrics"]["summary"]>>;

export const Event = {
  analytics: async (event: { id: string }, _: unknown, ctx: AnalyticsContext) => {
    const ref = await requireEventStaff(ctx.viewer, ctx.loaders, event.id);
    return ref ? ctx.metrics.summary(ref) : null;
  },
};

export const EventAnalytics = {
  series: (summary: Summary & { event: AnalyticsEventRef }, args: { interval: "HOUR" | "DAY"; days: number }, ctx: AnalyticsContext) =>
    ctx.metrics.series(summary.event, args.interval, args.days),
};
