import type { SessionResolvers } from "../generated/resolvers.js";

export const Session: SessionResolvers = {
  engagement: (session, _, ctx) => ctx.engagementBySession.load(session.id),
};
