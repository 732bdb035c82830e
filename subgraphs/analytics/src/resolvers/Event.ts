import type { EventAnalyticsResolvers, EventResolvers } from "../generated/resolvers.js";
import { requireEventStaff } from "../services/access.js";

export const Event: EventResolvers = {
  analytics: async (event, _, ctx) => {
    const ref = await requireEventStaff(ctx.viewer, ctx.loaders, event.id);
    return ref ? ctx.metrics.summary(ref) : null;
  },
};

export const EventAnalytics: EventAnalyticsResolvers = {
  series: (summary, args, ctx) => ctx.metrics.series(summary.event, args.interval, args.days),
};
