import type { AnalyticsContext } from "../context.js";

export const Session = {
  engagement: (session: { id: string }, _: unknown, ctx: AnalyticsContext) => ctx.engagementBySession.load(session.id),
};
