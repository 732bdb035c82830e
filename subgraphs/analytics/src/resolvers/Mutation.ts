import type { MutationResolvers } from "../generated/resolvers.js";

export const Mutation: MutationResolvers = {
  trackEventView: (_, args, ctx) => ctx.tracking.trackEventView(args.eventId),
  rateSession: (_, args, ctx) => ctx.engagement.rate(args.sessionId, args.rating),
  trackSessionMaterial: (_, args, ctx) => ctx.engagement.trackMaterial(args.sessionId, args.kind),
};
