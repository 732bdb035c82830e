import type { AnalyticsContext } from "../context.js";

export const Mutation = {
  trackEventView: (_: unknown, args: { eventId: string }, ctx: AnalyticsContext) => ctx.tracking.trackEventView(args.eventId),
  rateSession: (_: unknown, args: { sessionId: string; rating: number }, ctx: AnalyticsContext) =>
    ctx.engagement.rate(args.sessionId, args.rating),
  trackSessionMaterial: (_: unknown, args: { sessionId: string; kind: "VIEW" | "DOWNLOAD" }, ctx: AnalyticsContext) =>
    ctx.engagement.trackMaterial(args.sessionId, args.kind),
};
