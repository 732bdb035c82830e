import { loadExisting } from "@bilten/platform";
import type { SessionResolvers } from "../generated/resolvers.js";

export const Session: SessionResolvers = {
  __resolveReference: (ref, ctx) => ctx.sessions.visible(ref.id),
  event: (session, _, ctx) => loadExisting(ctx.loaders.eventById, session.eventId, "Event"),
  room: (session, _, ctx) => (session.roomId ? ctx.loaders.roomById.load(session.roomId) : null),
};
